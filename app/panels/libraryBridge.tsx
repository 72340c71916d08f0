export { newDocument, SaveStatus } from '../library';
