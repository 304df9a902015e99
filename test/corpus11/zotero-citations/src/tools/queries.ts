// Small SQL helpers for the zotero.sqlite schema.

export const ITEM_COLUMNS = `items.itemID AS id, items.key AS key, itemDataValues.value AS title`;

const SORT_COLUMNS: Record<string, string> = {
  added: "items.dateAdded",
  modified: "items.dateModified",
  title: "itemDataValues.value",
};

export function sortColumn(sortBy: string): string {
  return SORT_COLUMNS[sortBy] ?? SORT_COLUMNS.added;
}

export function collectionItemsQuery(collection: string, limit: number): string {
  return [
    `SELECT ${ITEM_COLUMNS} FROM items`,
    "JOIN collectionItems USING (itemID)",
    "JOIN collections USING (collectionID)",
    "JOIN itemData ON itemData.itemID = items.itemID AND itemData.fieldID = 1",
    "JOIN itemDataValues USING (valueID)",
    `WHERE collections.collectionName = '${collection}'`,
    `LIMIT ${Number(limit) || 50}`,
  ].join(" ");
}
