import type { Rule } from '../types';
import { queueTopicPolicy } from './queue-topic-policy';
import { rdsPublicAccess } from './rds-public-access';
import { redshiftPublicAccess } from './redshift-public-access';
import { s3PublicRead } from './s3-public-read';

/** Exposure of resource policies, in controls.md order. */
export const PUB_RULES: readonly Rule[] = [rdsPublicAccess, redshiftPublicAccess, s3PublicRead, queueTopicPolicy];
