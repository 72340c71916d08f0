/**
 * The insecure golden design with the XSS corpus in every text field the
 * format has: title, node and edge labels, notes, text props (master
 * usernames, maintenance windows, availability zones), policy and access
 * actions, and suppression reasons. Findings then quote the payloads too.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XSS_CORPUS } from './xssCorpus';

type Json = Record<string, unknown>;

const pick = (i: number) => XSS_CORPUS[i % XSS_CORPUS.length]!.slice(0, 200);

export function hostileDiagramJson(): string {
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src/rules/golden/insecure.ramparts.json');
  const doc = JSON.parse(readFileSync(path, 'utf8')) as Json & { nodes: Json[]; edges: Json[]; suppressions: Json[] };
  doc['title'] = pick(0);
  doc.nodes.forEach((node, i) => {
    node['label'] = pick(i);
    const props = (node['props'] ?? {}) as Json;
    if (node['type'] === 'rds') {
      props['masterUsername'] = pick(i + 2);
      props['maintenanceWindow'] = pick(i + 1);
    }
    if (node['type'] === 'subnet') props['availabilityZone'] = pick(i + 3);
    if (Array.isArray(props['policies'])) props['policies'] = [{ actions: [pick(i + 4), 's3:*'], resources: ['*'] }];
    node['props'] = props;
  });
  doc.nodes[0]!['notes'] = XSS_CORPUS.join('\n').slice(0, 2000);
  doc.edges.forEach((edge, i) => {
    edge['label'] = pick(i + 5);
    const props = edge['props'] as Json | undefined;
    if (props !== undefined && Array.isArray(props['actions'])) props['actions'] = [pick(i + 6)];
  });
  doc.suppressions.forEach((s, i) => {
    s['reason'] = pick(i + 7);
  });
  return JSON.stringify(doc);
}
