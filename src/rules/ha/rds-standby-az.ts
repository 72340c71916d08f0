import { nodeProp } from '../../catalog/resolveProps';
import type { NodeOf } from '../../model/guards';
import type { GraphIndex } from '../../model/graphIndex';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';

export const rdsStandbyAz = defineRule({
  id: 'ha/rds-standby-az',
  severity: 'error',
  title: 'Multi-AZ RDS has a subnet for its standby',
  description:
    'An rds with multiAz true sits in a subnet, and its VPC has no other subnet with the same public setting in a different availabilityZone (nowhere for the standby).',
  section: 'RDS / DB Instance Replication',
  basis: {
    kind: 'document',
    quote:
      'In a Multi-AZ deployment, Amazon RDS automatically provisions and maintains a synchronous standby replica in a different Availability Zone.',
  },
  fix: 'Add a subnet of the same kind (private or public) in another Availability Zone of the VPC, so the DB subnet group spans two zones and the standby has somewhere to run.',
  // No quick fix: a new subnet needs a CIDR and a zone only the designer can choose.
  check(index, report) {
    const zonesOf = zoneLookup(index);
    for (let i = 0, list = index.nodesOfType('rds'); i < list.length; i++) {
      const db = list[i]!;
      if (!nodeProp(db, 'multiAz')) continue;
      const subnet = index.subnetOf(db);
      if (subnet === undefined) continue;
      const isPublic = nodeProp(subnet, 'public');
      const kind = isPublic ? 'public' : 'private';
      const vpc = index.vpcOf(subnet);
      if (vpc === undefined) {
        // The reader refuses a subnet outside a VPC; said plainly in case one gets through.
        report({
          target: nodeTarget(db.id),
          message: `${index.name(db)} is Multi-AZ but its subnet ${index.name(subnet)} is in no VPC, so the standby has nowhere to go: put the subnet in a VPC with a ${kind} subnet in another Availability Zone.`,
        });
        continue;
      }
      // The subnet's own zone is always in the set, so two zones means another subnet elsewhere.
      if (zonesOf(vpc, isPublic).size >= 2) continue;
      report({
        target: nodeTarget(db.id),
        message: `${index.name(db)} is Multi-AZ but ${index.name(vpc)} has no other ${kind} subnet outside ${nodeProp(subnet, 'availabilityZone')}, so the standby has nowhere to go: add a ${kind} subnet in another Availability Zone.`,
      });
    }
  },
});

/**
 * The availability zones of a VPC's public or private subnets, gathered on
 * first use per VPC, so many databases in one VPC cost one pass over its
 * subnets rather than one each. Zone names compare case-insensitively.
 */
function zoneLookup(index: GraphIndex): (vpc: NodeOf<'vpc'>, isPublic: boolean) => ReadonlySet<string> {
  const cache = new Map<string, { readonly public: Set<string>; readonly private: Set<string> }>();
  return (vpc, isPublic) => {
    let entry = cache.get(vpc.id);
    if (entry === undefined) {
      entry = { public: new Set(), private: new Set() };
      for (let j = 0, inner = index.subnetsOf(vpc.id); j < inner.length; j++) {
        const subnet = inner[j]!;
        (nodeProp(subnet, 'public') ? entry.public : entry.private).add(nodeProp(subnet, 'availabilityZone').toLowerCase());
      }
      cache.set(vpc.id, entry);
    }
    return isPublic ? entry.public : entry.private;
  };
}
