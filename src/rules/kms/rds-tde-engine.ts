import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { defineRule } from '../defineRule';
import { nodeTarget, type FindingTarget } from '../types';

// sqlserver-se is here although the document names only Enterprise Edition:
// RDS added TDE for SQL Server Standard Edition after it was written.
const TDE_ENGINES: ReadonlySet<string> = new Set(['oracle-ee', 'sqlserver-ee', 'sqlserver-se']);

export const rdsTdeEngine = defineRule({
  id: 'kms/rds-tde-engine',
  severity: 'error',
  title: 'TDE only on engines that support it',
  description:
    'An rds has encryptionAtRest tde and its engine is not oracle-ee, sqlserver-ee or sqlserver-se (Standard Edition gained TDE after the document was written).',
  section: 'RDS Security / Encryption',
  basis: {
    kind: 'document',
    quote:
      'Amazon RDS supports Transparent Data Encryption (TDE) for SQL Server (SQL Server Enterprise Edition) and Oracle (part of the Oracle Advanced Security option available in Oracle Enterprise Edition).',
  },
  fix: 'Use storage encryption (KMS) instead of TDE, or move to an engine that offers TDE: Oracle Enterprise Edition or SQL Server Enterprise or Standard Edition.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('rds'); i < list.length; i++) {
      const db = list[i]!;
      const encryptionAtRest = nodeProp(db, 'encryptionAtRest');
      const engine = nodeProp(db, 'engine');
      if (encryptionAtRest === 'tde' && !TDE_ENGINES.has(engine)) {
        report({
          target: nodeTarget(db.id),
          message: `${index.name(db)} uses TDE, which the ${engine} engine does not offer: set encryptionAtRest to storage or use Oracle EE or SQL Server.`,
        });
      }
    }
  },
  quickFix: {
    label: 'Use storage encryption (encryptionAtRest: storage)',
    apply: (diagram, target: FindingTarget) =>
      target.kind === 'node' ? setNodeProps(diagram, target.id, { encryptionAtRest: 'storage' }) : diagram,
  },
});
