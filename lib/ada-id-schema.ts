import { ADA_ID } from './ada-id';
import { z } from './zod';

export const AdaId = z.string().check(z.regex(ADA_ID));
