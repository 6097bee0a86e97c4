import { z } from 'zod';

/** `GET /api/health`: the process answers. */
export const HealthSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });
