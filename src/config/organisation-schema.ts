import { z } from 'zod';
import { KOSTRA_GROUP_COUNT, kostraGroupOf } from '../core/benchmark/kostra-groups.js';
import type { Settings } from '../core/settings.js';

export const organisationName = z.string().trim().min(1);

export const organisationSchema = z.strictObject({
  name: organisationName.meta({ description: 'Name shown in messages and the digest' }),
  number: z
    .string()
    .regex(/^\d{4}$/, {
      error: (issue) =>
        `"${String(issue.input)}" is not a municipality number: four digits, as SSB writes it (e.g. "0301" for Oslo)`,
    })
    .optional()
    .meta({ description: "The municipality's number (kommunenummer, 2024), four digits" }),
  kostraGroup: z
    .int()
    .min(1, { error: `must be a KOSTRA group from 1 to ${KOSTRA_GROUP_COUNT}` })
    .max(KOSTRA_GROUP_COUNT, { error: `must be a KOSTRA group from 1 to ${KOSTRA_GROUP_COUNT}` })
    .optional()
    .meta({ description: 'KOSTRA group (SSB 2020); overrides the group from the shipped table' }),
});

/** Ed25519 public keys are 32 bytes; written as base64 (what `kulturpuls benchmark keys` prints). */
const ED25519_BASE64 = /^[A-Za-z0-9+/]{43}=$/;

export const benchmarkSchema = z
  .strictObject({
    coordinatorKey: z
      .string()
      .trim()
      .regex(ED25519_BASE64, {
        error:
          'must be the coordinator\'s public key as printed by "kulturpuls benchmark keys" (44 characters)',
      })
      .optional()
      .meta({
        description: "The benchmark coordinator's public key; imported benchmarks must be signed by it",
      }),
    inbox: z
      .strictObject({
        keys: z.string().trim().min(1).meta({
          description:
            'The registered installations file, as for benchmark combine --keys (relative: to this file)',
        }),
        dir: z.string().trim().min(1).meta({
          description:
            'The folder received files are kept in, one per municipality and month (relative: to this file)',
        }),
      })
      .optional()
      .meta({
        description:
          "The coordinator only: accept municipalities' signed files at POST /benchmark, verified by signature",
      }),
  })
  .prefault({})
  .meta({ description: 'The KOSTRA benchmark shared between municipalities' });

type OrganisationInput = string | z.output<typeof organisationSchema>;

export function toMunicipality(organisation: OrganisationInput): Pick<Settings, 'municipality'> {
  if (typeof organisation === 'string' || organisation.number === undefined) return {};
  const { number, kostraGroup } = organisation;
  return { municipality: { number, kostraGroup: kostraGroupOf(number, kostraGroup) } };
}
