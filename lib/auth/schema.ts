import { z } from 'zod';

export const signInSchema = z.object({
  identifier: z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .max(254, { error: 'tooLong' })
    .transform((value) => value.toLowerCase()),
  password: z.string().min(1, { error: 'required' }).max(1024, { error: 'tooLong' }),
});
