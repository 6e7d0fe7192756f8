import { getTableColumns, type Table } from 'drizzle-orm';
import type { SealPurpose } from '../sealed/sealer.js';

/**
 * Every column is classified where it is defined: the column kit has no builder without a class. A
 * person is named at rest only in sealed form:
 * - `anonymous`: about people, naming none of them (pseudonyms, sectors, counts, anonymous texts);
 * - `sealed`: names a person, stored only as a token or authenticated encryption (how: `form`);
 * - `public`: content its author chose to share (a story, a recognised team), stored as written;
 * - `operational`: no person in it (ids, times, states, platform names).
 * `tests/privacy/column-classes.test.ts` fails on a column of either schema, or of the migrated
 * database, that has no class.
 */
export type ColumnClass =
  | { class: 'anonymous' | 'public' | 'operational' }
  | { class: 'sealed'; purpose: SealPurpose; form: SealedForm };

/**
 * `person`: a person key, `platform:` and a token; `token`: a looked-up value, deterministic; `text`
 * and `json`: read back only, randomized; `dm-target`: a direct message's target, a token bound to its
 * dedupe key; `notice-params`: the parameters of a notice payload.
 */
export type SealedForm = 'person' | 'token' | 'text' | 'json' | 'dm-target' | 'notice-params';

/** One column of a table with its class: `key` as the rows name it, `name` as the database does. */
export interface ClassifiedColumn {
  key: string;
  name: string;
  /** Undefined: a column defined without the kit, which the privacy tests reject. */
  kind: ColumnClass | undefined;
}

const classOfBuilder = new WeakMap<object, ColumnClass>();
const classesOfTable = new WeakMap<Table, Record<string, ColumnClass | undefined>>();

/** Each column of a table, with its class. */
export function classifiedColumns(table: Table): ClassifiedColumn[] {
  const classes = classesOfTable.get(table);
  return Object.entries(getTableColumns(table)).map(([key, column]) => ({
    key,
    name: column.name,
    kind: classes?.[key],
  }));
}

type Builders = Record<string, (...args: never[]) => object>;

/** A dialect's builders, each tagging the column it starts with `kind` (drizzle's chain returns it). */
function classified<B extends Builders>(builders: B, kind: ColumnClass): B {
  const tagged = Object.entries(builders).map(([name, build]) => [
    name,
    (...args: never[]) => {
      const builder = build(...args);
      classOfBuilder.set(builder, kind);
      return builder;
    },
  ]);
  return Object.fromEntries(tagged) as B;
}

/**
 * A dialect's column kit: the column builders only behind a class (`c.op.text('id')`,
 * `c.sealed('kaffe', 'person').text('a_key')`), and a table builder that remembers them per column.
 */
export function classifiedKit<B extends Builders, T extends (name: string, columns: never) => Table>(
  builders: B,
  table: T,
) {
  const build = ((name: string, columns: Record<string, object>, ...rest: never[]) => {
    const made = (table as unknown as (...args: unknown[]) => Table)(name, columns, ...rest);
    const classes = Object.entries(columns).map(([key, builder]) => [key, classOfBuilder.get(builder)]);
    classesOfTable.set(made, Object.fromEntries(classes));
    return made;
  }) as unknown as T;
  return {
    table: build,
    op: classified(builders, { class: 'operational' }),
    anonymous: classified(builders, { class: 'anonymous' }),
    public: classified(builders, { class: 'public' }),
    sealed: (purpose: SealPurpose, form: SealedForm) =>
      classified(builders, { class: 'sealed', purpose, form }),
  };
}
