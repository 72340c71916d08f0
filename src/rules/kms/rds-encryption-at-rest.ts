import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { defineRule } from '../defineRule';
import { nodeTarget, type FindingTarget } from '../types';

export const rdsEncryptionAtRest = defineRule({
  id: 'kms/rds-encryption-at-rest',
  severity: 'warning',
  title: 'RDS instance encrypted at rest',
  description: 'An rds has encryptionAtRest none.',
  section: 'RDS Security / Encryption',
  basis: {
    kind: 'document',
    quote:
      'The TDE feature automatically encrypts data before it is written to storage and automatically decrypts data when it is read from storage. If you require your MySQL data to be encrypted while “at rest” in the database, your application must manage the encryption and decryption of data.',
  },
  fix: 'Encrypt the instance at rest: turn on storage encryption (KMS), or use TDE on an engine that supports it, or encrypt in the application.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('rds'); i < list.length; i++) {
      const db = list[i]!;
      if (nodeProp(db, 'encryptionAtRest') === 'none') {
        report({
          target: nodeTarget(db.id),
          message: `${index.name(db)} is not encrypted at rest: set encryptionAtRest to storage (or tde or application).`,
        });
      }
    }
  },
  quickFix: {
    label: 'Turn on storage encryption (encryptionAtRest: storage)',
    apply: (diagram, target: FindingTarget) =>
      target.kind === 'node' ? setNodeProps(diagram, target.id, { encryptionAtRest: 'storage' }) : diagram,
  },
});
