import { describe, expect, it } from 'vitest';
import { classifyGrant, isWholeService, statementsOf } from './classifyGrant';

describe('isWholeService', () => {
  it.each(['s3:*', 'S3:*', 'rds:*', 'execute-api:*', ' s3:* '])('%s is a whole service', (a) => {
    expect(isWholeService(a)).toBe(true);
  });
  it.each(['*', 's3:Get*', 's3:GetObject', 's3:*Object', '*:*', ':*', 's3:'])('%s is not', (a) => {
    expect(isWholeService(a)).toBe(false);
  });
});

describe('classifyGrant on a policy statement', () => {
  const st = (actions: string[], resources: string[]) => classifyGrant(actions, resources);
  it('"*" on "*" is admin', () => expect(st(['*'], ['*'])).toEqual({ breadth: 'admin', action: '*' }));
  it('"*" on "*" among other resources is still admin', () =>
    expect(st(['s3:GetObject', '*'], ['arn:aws:s3:::b/*', '*']).breadth).toBe('admin'));
  it('"*" on named resources is service-wide', () =>
    expect(st(['*'], ['arn:aws:s3:::b/*'])).toEqual({ breadth: 'service', action: '*' }));
  it('a whole service on "*" is service-wide', () => expect(st(['S3:*'], ['*'])).toEqual({ breadth: 'service', action: 'S3:*' }));
  it('a whole service next to "*" on "*" counts once, as admin', () => expect(st(['s3:*', '*'], ['*']).breadth).toBe('admin'));
  it('a prefix wildcard is narrow', () => expect(st(['s3:Get*'], ['*']).breadth).toBe('none'));
  it('a statement without resources grants nothing', () => expect(st(['*'], []).breadth).toBe('none'));
  it('no actions grants nothing', () => expect(st([], ['*']).breadth).toBe('none'));
});

describe('classifyGrant on an access edge (no resources list)', () => {
  const classifyAccessActions = (actions: string[]) => classifyGrant(actions);
  it('"*" is admin, even beside a whole service', () => {
    expect(classifyAccessActions(['*'])).toEqual({ breadth: 'admin', action: '*' });
    expect(classifyAccessActions(['s3:*', '*']).breadth).toBe('admin');
  });
  it('a whole service is service-wide', () => expect(classifyAccessActions(['rds:*'])).toEqual({ breadth: 'service', action: 'rds:*' }));
  it('named actions are narrow', () => expect(classifyAccessActions(['s3:GetObject', 's3:Put*']).breadth).toBe('none'));
});

describe('statementsOf', () => {
  const statements = [
    { actions: ['s3:GetObject'], resources: ['*'] },
    { actions: ['sqs:*'], resources: ['*'] },
    { actions: ['*'], resources: ['*'] },
    { actions: ['*'], resources: ['arn:aws:sqs:us-east-1:123456789012:q'] },
  ];
  it('finds the first statement of a breadth and counts them', () => {
    expect(statementsOf(statements, 'service')).toEqual({ first: { breadth: 'service', action: 'sqs:*' }, count: 2 });
    expect(statementsOf(statements, 'admin')).toEqual({ first: { breadth: 'admin', action: '*' }, count: 1 });
    expect(statementsOf([], 'admin')).toEqual({ first: undefined, count: 0 });
  });
});
