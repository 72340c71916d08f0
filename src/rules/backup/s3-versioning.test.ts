import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { s3Versioning } from './s3-versioning';

const base = referenceDesign();
const bucket = (versioning?: boolean) =>
  node('logs', 's3-bucket', { label: 'Audit logs', ...(versioning === undefined ? {} : { props: { versioning } }) });
const warehouse = node('dw', 'redshift', { parent: 'private-b', label: 'Warehouse' });
const logging = edge('db-logs', 'logging', 'db', 'logs');
const load = edge('copy', 'load', 'logs', 'dw');

describeRule(s3Versioning, [
  fires('a bucket that is the target of a logging edge', withItems(base, bucket(), logging), ['logs'], {
    message: /Audit logs holds audit logs but has versioning off/,
  }),
  fires('a bucket that is the source of a load edge', withItems(base, bucket(false), warehouse, load), ['logs'], {
    message: /feeds Redshift loads/,
  }),
  fires(
    'a bucket that is both, reported once',
    withItems(base, bucket(), warehouse, logging, load, edge('db-logs-2', 'logging', 'db', 'logs')),
    ['logs'],
  ),
  passes('the clean reference design', base),
  passes('a bucket with neither a logging nor a load edge', withItems(base, bucket())),
  passes('a bucket that only feeds a flow', withItems(base, bucket(), edge('f', 'network', 'bastion', 'logs'))),
  passes('a versioned log bucket', withItems(base, bucket(true), logging)),
  passes('a versioned load bucket', withItems(base, bucket(true), warehouse, load)),
]);
