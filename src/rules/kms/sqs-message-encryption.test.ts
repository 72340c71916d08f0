import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { sqsMessageEncryption } from './sqs-message-encryption';

const base = referenceDesign();
const queue = (id: string, encryption?: string) =>
  node(id, 'sqs-queue', { label: `Queue ${id}`, ...(encryption === undefined ? {} : { props: { encryption } }) });

describeRule(sqsMessageEncryption, [
  fires('an sqs-queue with encryption none', withItems(base, queue('jobs', 'none')), ['jobs'], {
    message: /Queue jobs stores messages unencrypted/,
  }),
  fires(
    'only the unencrypted queue among three',
    withItems(base, queue('a', 'none'), queue('b', 'client-side'), queue('c', 'sse')),
    ['a'],
  ),
  passes('the clean reference design (no queue)', base),
  passes('an sqs-queue with client-side encryption', withItems(base, queue('jobs', 'client-side'))),
  passes('an sqs-queue with sse', withItems(base, queue('jobs', 'sse'))),
  passes('an sqs-queue left at the default (sse)', withItems(base, queue('jobs'))),
]);
