import { attributionStage } from '../stages/attribution/index.js';
import { claimsStage } from '../stages/claims/index.js';
import { coreferenceStage } from '../stages/coreference/index.js';
import { mentionsStage } from '../stages/mentions/index.js';
import { quantitiesStage } from '../stages/quantities/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { timesStage } from '../stages/times/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';

/**
 * The default pipeline. Order matters: times run before quantities so that the numbers of a
 * date ("November 9th", "2022") are not counted, and coreference runs after attribution so
 * that it resolves the sources attribution found.
 */
export const DEFAULT_PIPELINE: Pipeline = createPipeline([
  segmentStage,
  mentionsStage,
  timesStage,
  quantitiesStage,
  attributionStage,
  coreferenceStage,
  claimsStage,
]);
