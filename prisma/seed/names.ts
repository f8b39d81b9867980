// Vietnamese personal names for demo members. Family-name weights follow the commonly quoted shares
// (Nguyễn ≈ 38 %, then Trần, Lê, Phạm …) so lists and search results look like a real union's.
// Written in NFC with the older tone placement (Hòa, Thủy) used elsewhere in the seed.
import type { Rng, Weighted } from './random';

export type Gender = 'male' | 'female';
/** 'delta': Red River delta (Hải Phòng, Hà Nội). 'northwest': Mường Lò valley (Nghĩa Lộ), largely Thái. */
export type Region = 'delta' | 'northwest';

const FAMILY_NAMES: Weighted<string> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 4.2], ['Huỳnh', 0.6], ['Phan', 4.5],
  ['Vũ', 3.9], ['Võ', 0.6], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3],
  ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.9], ['Trịnh', 0.6], ['Đào', 0.6], ['Mai', 0.4], ['Lương', 0.4],
  ['Cao', 0.3], ['Tạ', 0.2], ['Hà', 0.4], ['Tô', 0.2],
];

// Thái family names of the Mường Lò valley; about a third of Nghĩa Lộ members get one of these.
const THAI_FAMILY_NAMES: Weighted<string> = [
  ['Lò', 30], ['Hà', 25], ['Lường', 15], ['Cầm', 10], ['Đinh', 10], ['Điêu', 5], ['Quàng', 5],
];

// The dominant middle names (Văn, Thị) are less common among people born after ~1990.
const MALE_MIDDLE: Weighted<string> = [
  ['Đức', 6], ['Minh', 6], ['Quang', 5], ['Hữu', 4], ['Xuân', 3], ['Tiến', 3], ['Mạnh', 2], ['Thành', 3],
  ['Công', 3], ['Trung', 2], ['Đình', 3], ['Ngọc', 2], ['Thanh', 3], ['Anh', 2], ['Hoàng', 2], ['Gia', 1],
];
const FEMALE_MIDDLE: Weighted<string> = [
  ['Thu', 5], ['Ngọc', 5], ['Thanh', 4], ['Minh', 3], ['Phương', 3], ['Hồng', 3], ['Thúy', 2], ['Kim', 2],
  ['Bích', 1], ['Hải', 1], ['Diệu', 1], ['Khánh', 1], ['Mai', 1], ['Thùy', 2], ['Quỳnh', 1],
];
// Second middle names after Thị ("Nguyễn Thị Thu Hà").
const FEMALE_SECOND_MIDDLE = ['Thu', 'Ngọc', 'Thanh', 'Hồng', 'Phương', 'Kim', 'Minh', 'Thúy', 'Bích'] as const;

const MALE_GIVEN = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đức', 'Giang', 'Hải', 'Hiếu', 'Hiệp', 'Hòa', 'Hoàng', 'Hùng', 'Huy',
  'Hưng', 'Khánh', 'Khoa', 'Kiên', 'Lâm', 'Long', 'Lộc', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc',
  'Quân', 'Quang', 'Sơn', 'Tài', 'Thái', 'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trung', 'Tú', 'Tuấn', 'Tùng',
  'Việt', 'Vinh', 'Duy', 'Khải', 'Hậu', 'Chiến', 'Công', 'Định', 'Hào', 'Trường',
] as const;
const FEMALE_GIVEN = [
  'An', 'Anh', 'Bích', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Huyền',
  'Hương', 'Lan', 'Liên', 'Linh', 'Loan', 'Ly', 'Mai', 'My', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương',
  'Quyên', 'Quỳnh', 'Tâm', 'Thảo', 'Thanh', 'Thu', 'Thủy', 'Trang', 'Tuyết', 'Vân', 'Yến', 'Hậu', 'Lệ',
  'Trinh', 'Uyên', 'Xuân', 'Hải', 'Huệ', 'Nhàn', 'Thơm', 'Châm',
] as const;

export function personName(rng: Rng, gender: Gender, region: Region, birthYear: number): string {
  const family =
    region === 'northwest' && rng.chance(0.35) ? rng.weighted(THAI_FAMILY_NAMES) : rng.weighted(FAMILY_NAMES);
  const young = birthYear >= 1990;
  let middle: string;
  let given: string;
  if (gender === 'male') {
    middle = rng.chance(young ? 0.3 : 0.5) ? 'Văn' : rng.weighted(MALE_MIDDLE);
    given = rng.pick(MALE_GIVEN);
  } else {
    middle = rng.chance(young ? 0.35 : 0.6) ? 'Thị' : rng.weighted(FEMALE_MIDDLE);
    if (middle === 'Thị' && rng.chance(0.2)) middle = `Thị ${rng.pick(FEMALE_SECOND_MIDDLE)}`;
    given = rng.pick(FEMALE_GIVEN);
  }
  // "Minh Minh", "Thị Thu Thu": draw the given name again rather than repeat a syllable.
  while (middle.split(' ').includes(given)) {
    given = gender === 'male' ? rng.pick(MALE_GIVEN) : rng.pick(FEMALE_GIVEN);
  }
  return `${family} ${middle} ${given}`;
}
