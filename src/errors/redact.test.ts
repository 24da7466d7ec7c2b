import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LakeError, toLakeError } from '../errors/index.ts';
import { clearRegisteredSecrets, passwordOf, redactSecrets, registerConfigSecrets } from './redact.ts';

describe('redactSecrets', () => {
  afterEach(() => clearRegisteredSecrets());

  it('hides the password of a URL-form connection string and keeps the rest', () => {
    assert.equal(
      redactSecrets('cannot connect to postgres://lake:s3cr%40t@db.internal:5432/shop?sslmode=require'),
      'cannot connect to postgres://lake:***@db.internal:5432/shop?sslmode=require',
    );
    assert.equal(redactSecrets('GET https://user:tok3n@example.com/a.csv'), 'GET https://user:***@example.com/a.csv');
  });

  it('hides libpq keyword passwords, quoted or not', () => {
    assert.equal(redactSecrets('host=db user=lake password=hunter22 dbname=shop'), 'host=db user=lake password=*** dbname=shop');
    assert.equal(redactSecrets("host=db password='with space' dbname=shop"), "host=db password='***' dbname=shop");
    assert.equal(redactSecrets('{"password": "with space", "user": "lake"}'), '{"password": "***", "user": "lake"}');
  });

  it('hides credential query parameters, key-value secrets and bearer tokens', () => {
    assert.equal(
      redactSecrets('https://bucket.s3.amazonaws.com/x?X-Amz-Signature=abcdef0123&X-Amz-Date=20240101'),
      'https://bucket.s3.amazonaws.com/x?X-Amz-Signature=***&X-Amz-Date=20240101',
    );
    assert.equal(redactSecrets('{"api_key":"AKIA1234567890","user":"x"}'), '{"api_key":"***","user":"x"}');
    assert.equal(redactSecrets('aws_secret_access_key = wJalrXUtnFEMI'), 'aws_secret_access_key = ***');
    assert.equal(redactSecrets('Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload'), 'Authorization: Bearer ***');
  });

  it('keeps a JSON log line valid JSON, and catches secrets quoted inside its strings', () => {
    const line = JSON.stringify({ msg: 'config: {"password": "hunter22", "token": "abc123"}', err: 'password=hunter22\nat x' });
    const out = redactSecrets(line);
    assert.ok(!out.includes('hunter22') && !out.includes('abc123'), out);
    assert.doesNotThrow(() => JSON.parse(out), out);
    assert.equal(JSON.parse(out).err, 'password=***\nat x');
  });

  it('leaves ordinary text alone', () => {
    const text = 'password authentication failed for user "lake"; unexpected token } at position 4; 12 tokens';
    assert.equal(redactSecrets(text), text);
  });

  it('hides secrets registered from config wherever they appear, whatever their shape', () => {
    registerConfigSecrets({
      sources: {
        shop: { type: 'postgres', connection: 'postgres://lake:Pa55-w0rd!@db/shop' },
        api: { http: { headers: { Authorization: 'Token tok_live_51Habc', 'X-Api-Key': 'k-998877' } } },
      },
      storage: { secret_access_key: 'wJalrXUtnFEMIK7MDENG' },
    });
    const text = 'driver said: auth failed with Pa55-w0rd! and tok_live_51Habc, k-998877, wJalrXUtnFEMIK7MDENG';
    const out = redactSecrets(text);
    for (const secret of ['Pa55-w0rd!', 'tok_live_51Habc', 'k-998877', 'wJalrXUtnFEMIK7MDENG']) assert.ok(!out.includes(secret), out);
  });

  it('finds the password of either connection string form', () => {
    assert.equal(passwordOf('postgresql://u:p%2Fw@h/db'), 'p/w');
    assert.equal(passwordOf('host=h password=abc dbname=d'), 'abc');
    assert.equal(passwordOf("host=h password='a b' dbname=d"), 'a b');
    assert.equal(passwordOf('postgres://u@h/db'), undefined);
  });

  it('applies to every LakeError, including translated third-party errors', () => {
    const wrapped = toLakeError(new Error('connect failed for postgres://lake:topsecret@10.0.0.1/shop'));
    assert.ok(!wrapped.message.includes('topsecret'), wrapped.message);
    const direct = new LakeError('bad url https://a:topsecret@x/y', { kind: 'download', retry: 'never', remedy: 'try password=topsecret' });
    assert.ok(!direct.describe().includes('topsecret'), direct.describe());
    assert.ok(!String(direct.stack).includes('topsecret'));
  });
});
