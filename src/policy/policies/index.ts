/** Built-in policies by id. Import one store's module directly to load only that policy. */
import type { Policy } from '../schema.ts';

export const builtInPolicies: Readonly<Record<string, () => Promise<Policy>>> = {
  imicro: () => import('./imicro.ts').then((module) => module.imicro),
  igarden: () => import('./igarden.ts').then((module) => module.igarden),
};
