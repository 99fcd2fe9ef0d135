/**
 * What the store needs to play and grade a story, in a chunk of its own: the ink runtime is
 * most of the app's code, and the catalogue is up before it is needed (it loads while the
 * catalogue is idle, or with the story on the click at the latest).
 */
export { coachNote } from '../core/coach';
export { buildDebrief } from '../core/debrief';
export { loadStory, PathMismatchError, replay, startRun } from '../core/runner';
export { scoreTranscript } from '../core/scoring';
export { decisionsOf, variableChange } from '../core/transcript';
