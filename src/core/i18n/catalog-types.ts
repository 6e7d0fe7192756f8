export type CatalogEntry = string | { readonly one: string; readonly other: string };

/** A part in nynorsk or English must have exactly the keys of its bokmål reference. */
export type PartCatalog<Reference> = { readonly [K in keyof Reference]: CatalogEntry };
