import type { SpeakerEntity } from '../../src/attribution/index.js';
import type { Coverage } from '../../src/retrieval/coverage.js';

/** Every speaker of a coverage held in memory, in its order (places run from 0 without a gap). */
export function everySpeaker(coverage: Coverage): SpeakerEntity[] {
  const speakers: SpeakerEntity[] = [];
  for (let position = 0; ; position++) {
    const speaker = coverage.speakerAt(position);
    if (!speaker) return speakers;
    speakers.push(speaker);
  }
}
