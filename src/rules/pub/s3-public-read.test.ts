import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { s3PublicRead } from './s3-public-read';

const base = referenceDesign();
const dw = node('dw', 'redshift', { parent: 'private-b', label: 'Warehouse' });
const bucket = (id: string, publicRead: boolean) => node(id, 's3-bucket', { label: `Bucket ${id}`, props: { publicRead } });

describeRule(s3PublicRead, [
  fires(
    'a public bucket that receives redshift audit logs',
    withItems(base, dw, bucket('logs', true), edge('dw-logs', 'logging', 'dw', 'logs')),
    ['logs'],
    { message: /Bucket logs receives audit logs but is publicly readable/ },
  ),
  fires(
    'a public bucket that receives rds logs',
    withItems(base, bucket('logs', true), edge('db-logs', 'logging', 'db', 'logs')),
    ['logs'],
  ),
  fires(
    'a public bucket that feeds a redshift load',
    withItems(base, dw, bucket('staging', true), edge('load', 'load', 'staging', 'dw')),
    ['staging'],
    { message: /Bucket staging feeds a Redshift load/ },
  ),
  fires(
    'one finding for a bucket that does both',
    withItems(base, dw, bucket('b', true), edge('dw-logs', 'logging', 'dw', 'b'), edge('load', 'load', 'b', 'dw')),
    ['b'],
  ),
  passes('the clean reference design', base),
  passes('a public bucket with neither logging nor load', withItems(base, bucket('site', true))),
  passes(
    'a public bucket that is only the target of other edges',
    withItems(base, bucket('site', true), node('r', 'iam-role'), edge('grant', 'access', 'r', 'site', { actions: ['s3:GetObject'] })),
  ),
  passes('a private log bucket', withItems(base, dw, bucket('logs', false), edge('dw-logs', 'logging', 'dw', 'logs'))),
]);
