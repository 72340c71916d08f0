import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { dataStoreFlowEncrypted } from './data-store-flow-encrypted';

const base = referenceDesign();
const dbFlow = base.edges.find((e) => e.id === 'bastion-to-db')!;
const app = node('app', 'ec2-instance', { parent: 'private-b', label: 'App' });

describeRule(dataStoreFlowEncrypted, [
  fires(
    'the bastion flow into the rds with encrypted false',
    withItems(base, { ...dbFlow, props: { ...dbFlow.props, encrypted: false } }),
    ['bastion-to-db'],
    { message: /SSH bastion → Orders DB \(tcp 5432\) is not encrypted/ },
  ),
  fires(
    'a flow into an rds that leaves encrypted at its default (false)',
    withItems(base, app, edge('app-db', 'network', 'app', 'db', { ports: '5432' })),
    ['app-db'],
  ),
  fires(
    'unencrypted flows into a redshift and an elasticache, one finding per flow',
    withItems(
      base,
      app,
      node('dw', 'redshift', { parent: 'private-b', label: 'Warehouse' }),
      node('cache', 'elasticache', { parent: 'private-b', label: 'Sessions' }),
      edge('app-dw', 'network', 'app', 'dw', { ports: '5439' }),
      edge('app-cache', 'network', 'app', 'cache', { ports: '6379', encrypted: false }),
      edge('app-cache-2', 'network', 'app', 'cache', { ports: '6380', encrypted: false }),
    ),
    ['app-dw', 'app-cache', 'app-cache-2'],
  ),
  passes('the clean reference design', base),
  passes(
    'an unencrypted flow into something that is not a data store',
    withItems(base, app, edge('app-bastion', 'network', 'app', 'bastion', { ports: '22' })),
  ),
  passes(
    'encrypted flows into redshift and elasticache',
    withItems(
      base,
      app,
      node('dw', 'redshift', { parent: 'private-b' }),
      node('cache', 'elasticache', { parent: 'private-b' }),
      edge('app-dw', 'network', 'app', 'dw', { ports: '5439', encrypted: true }),
      edge('app-cache', 'network', 'app', 'cache', { ports: '6379', encrypted: true }),
    ),
  ),
  passes(
    'other edge kinds out of a data store are not flows',
    withItems(base, node('dw', 'redshift'), node('logs', 's3-bucket'), edge('dw-logs', 'logging', 'dw', 'logs')),
  ),
]);
