import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { redshiftLoadEncrypted } from './redshift-load-encrypted';

const base = referenceDesign();
const dw = node('dw', 'redshift', { parent: 'private-b', label: 'Warehouse' });
const bucket = (id: string, serverSideEncryption?: boolean) =>
  node(id, 's3-bucket', {
    label: `Bucket ${id}`,
    ...(serverSideEncryption === undefined ? {} : { props: { serverSideEncryption } }),
  });

describeRule(redshiftLoadEncrypted, [
  fires(
    'a load edge from a bucket with serverSideEncryption false',
    withItems(base, dw, bucket('staging', false), edge('load-1', 'load', 'staging', 'dw')),
    ['load-1'],
    { message: /Bucket staging → Warehouse \(load\) loads from a bucket without server-side encryption/ },
  ),
  fires(
    'only the load edge from the unencrypted bucket',
    withItems(
      base,
      dw,
      bucket('plain', false),
      bucket('sse'),
      edge('load-plain', 'load', 'plain', 'dw'),
      edge('load-sse', 'load', 'sse', 'dw'),
    ),
    ['load-plain'],
  ),
  passes('the clean reference design (no load edge)', base),
  passes('a load edge from a bucket left at the default (encrypted)', withItems(base, dw, bucket('b'), edge('l', 'load', 'b', 'dw'))),
  passes('an unencrypted bucket nothing loads from', withItems(base, dw, bucket('b', false))),
]);
