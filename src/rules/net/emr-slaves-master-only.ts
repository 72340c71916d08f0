import { isOutsideType } from '../../catalog/kinds';
import { edgeProp, nodeProp } from '../../catalog/resolveProps';
import type { EdgeOf } from '../../model/guards';
import { parsePorts } from '../../model/ports';
import { defineRule } from '../defineRule';
import { edgeTarget } from '../types';

/** Exactly tcp port 22: "22" (or the one-port range "22-22"), never a wider range or all. */
function isSshOnly(flow: EdgeOf<'network'>): boolean {
  if (edgeProp(flow, 'protocol') !== 'tcp') return false;
  const ports = parsePorts(edgeProp(flow, 'ports'));
  return ports !== undefined && ports.from === 22 && ports.to === 22;
}

export const emrSlavesMasterOnly = defineRule({
  id: 'net/emr-slaves-master-only',
  severity: 'error',
  title: 'EMR reached from outside only over master SSH',
  description:
    'A flow from outside targets an emr-cluster, and either the cluster has masterPublicSsh false or the flow is anything other than exactly tcp port 22.',
  section: 'EMR Security',
  basis: {
    kind: 'document',
    quote:
      'The master security group has a port open for communication with the service. It also has the SSH port open to allow you to SSH into the instances, using the key specified at startup. The slaves start in a separate security group, which only allows interaction with the master instance.',
  },
  fix: 'Let outside networks reach an EMR cluster only on the master node\'s SSH port (tcp 22), with masterPublicSsh turned on; reach everything else through the master or a host inside the VPC.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('emr-cluster'); i < list.length; i++) {
      const emr = list[i]!;
      const masterSsh = nodeProp(emr, 'masterPublicSsh');
      for (let j = 0, inner = index.inEdges(emr.id, 'network'); j < inner.length; j++) {
        const flow = inner[j]!;
        const source = index.node(flow.source);
        if (source === undefined || !isOutsideType(source.type)) continue;
        const ssh = isSshOnly(flow);
        if (masterSsh && ssh) continue;
        const problem = !ssh
          ? 'only the master node\'s SSH port (tcp 22) may be opened to outside networks'
          : `${index.name(emr)} has masterPublicSsh false, so its master takes no SSH from outside`;
        const change = !ssh ? 'restrict the flow to tcp 22 or remove it' : 'turn on masterPublicSsh or remove the flow';
        report({
          target: edgeTarget(flow.id),
          message: `${index.describeEdge(flow)} reaches the cluster from outside: ${problem}; ${change}.`,
        });
      }
    }
  },
});
