import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { masterUserForApps } from './master-user-for-apps';

const base = referenceDesign();
const db = base.nodes.find((n) => n.id === 'db')!;
const flow = base.edges.find((e) => e.id === 'bastion-to-db')!;
const signingInAs = (dbUser: string) => ({ ...flow, props: { ...flow.props, dbUser } });

describeRule(masterUserForApps, [
  fires('the flow signs in as the master user', withItems(base, signingInAs('admin')), ['bastion-to-db'], {
    message: /SSH bastion → Orders DB \(tcp 5432\) signs in as the master user "admin"/,
  }),
  fires('names compare case-insensitively', withItems(base, signingInAs('ADMIN')), ['bastion-to-db']),
  fires(
    'the default masterUsername "admin"',
    withItems(
      base,
      node('db2', 'rds', { parent: 'private-b' }),
      edge('to-db2', 'network', 'bastion', 'db2', { ports: '5432', dbUser: 'Admin' }),
    ),
    ['to-db2'],
  ),
  fires(
    'a custom master user, only on the flow that uses it',
    withItems(
      base,
      { ...db, props: { ...db.props, masterUsername: 'Root_DBA' } },
      signingInAs('root_dba'),
      node('app', 'ec2-instance', { parent: 'private-b' }),
      edge('app-to-db', 'network', 'app', 'db', { ports: '5432', dbUser: 'app_user' }),
    ),
    ['bastion-to-db'],
  ),
  passes('the clean reference design (app_user)', base),
  passes('an empty dbUser', withItems(base, signingInAs(''))),
  passes('a master user name used on a flow into something else', withItems(base, node('cache', 'elasticache'), edge('to-cache', 'network', 'bastion', 'cache', { dbUser: 'admin' }))),
  passes('a dbUser that only contains the master name', withItems(base, signingInAs('admin_ro'))),
]);
