import type { Rule } from '../types';
import { hsmInVpc } from './hsm-in-vpc';
import { hsmKeyNeedsEncryption } from './hsm-key-needs-encryption';
import { rdsEncryptionAtRest } from './rds-encryption-at-rest';
import { rdsTdeEngine } from './rds-tde-engine';
import { redshiftEncryption } from './redshift-encryption';
import { redshiftLoadEncrypted } from './redshift-load-encrypted';
import { sqsMessageEncryption } from './sqs-message-encryption';

/** Encryption at rest and keys, in controls.md order. */
export const KMS_RULES: readonly Rule[] = [
  rdsEncryptionAtRest,
  rdsTdeEngine,
  redshiftEncryption,
  hsmKeyNeedsEncryption,
  hsmInVpc,
  redshiftLoadEncrypted,
  sqsMessageEncryption,
];
