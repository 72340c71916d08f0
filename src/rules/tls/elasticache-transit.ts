import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { defineRule } from '../defineRule';
import { nodeTarget, type FindingTarget } from '../types';

export const elasticacheTransit = defineRule({
  id: 'tls/elasticache-transit',
  severity: 'warning',
  title: 'ElastiCache in-transit encryption',
  description: 'An elasticache has transitEncryption false and at least one flow into it.',
  section: 'common practice: the document predates ElastiCache in-transit encryption',
  basis: {
    kind: 'common-practice',
    reference: 'AWS ElastiCache documentation: in-transit encryption (TLS)',
    text: 'Enable in-transit encryption on ElastiCache clusters so that traffic between clients and the cache, and between cache nodes, is encrypted with TLS.',
  },
  fix: 'Turn on in-transit encryption for the cluster and have clients connect with TLS.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('elasticache'); i < list.length; i++) {
      const cache = list[i]!;
      // A cache nobody talks to carries no traffic to protect.
      if (nodeProp(cache, 'transitEncryption') || index.inEdges(cache.id, 'network').length === 0) continue;
      report({
        target: nodeTarget(cache.id),
        message: `${index.name(cache)} has clients but no in-transit encryption: set transitEncryption to true and connect over TLS.`,
      });
    }
  },
  quickFix: {
    label: 'Turn on in-transit encryption (transitEncryption: true)',
    apply: (diagram, target: FindingTarget) =>
      target.kind === 'node' ? setNodeProps(diagram, target.id, { transitEncryption: true }) : diagram,
  },
});
