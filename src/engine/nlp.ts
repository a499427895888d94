// The one configured compromise instance the engine uses.
import nlp from 'compromise';

export { nlp };
export type NlpDocument = ReturnType<typeof nlp>;
