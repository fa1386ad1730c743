export { wosPublication, WOS_LINE_ITEM_TAGS, type WosFields } from './publication';
export { wosAuthors, wosAffiliations, splitAddresses, parseReprint, nameKey } from './authors';
export { wosDocumentType } from './document-type';
