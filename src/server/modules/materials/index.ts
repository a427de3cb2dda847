/** The materials module: meeting documents (PPT, PDF, Word) with who may see them, their distribution by personal link, and who opened them. */
export { registerMaterialRoutes } from './material.routes';
export { materialsForNotice } from './material.public';
export { uploadMaterial } from './material.upload';
