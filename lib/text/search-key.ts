// The search key of a Vietnamese name: NFC first (some sources send decomposed NFD text), then
// lower case, diacritics removed, đ → d, and runs of spaces collapsed. "  Nguyễn  Văn An" and the
// NFD spelling of the same name both become "nguyen van an". Stored beside the name and indexed, so
// accent-insensitive search is an index lookup rather than unaccent() over every row.
export function searchKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Collapses stray spaces and normalises to NFC: the form in which names are stored for display. */
export function cleanName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
