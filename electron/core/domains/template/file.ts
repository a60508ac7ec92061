import sodium from 'sodium-native';
import {
  TEMPLATE_FILE_FORMAT,
  templateContentSchema,
  templateFileSchema,
  type TemplateContent,
  type TemplateFile,
  type TemplateSigner,
} from '../../../../shared/domain/template';
import type { JsonValue } from '../../../../shared/domain/op';
import { ConcordError } from '../../../../shared/result';
import { canonicalJson } from '../../kernel/ops/canonical';
import { deviceIdFor, sodiumSecretKey, type DeviceKeys } from '../../kernel/ops/signing';

/**
 * A template travels as one file signed with the exporting console's Ed25519 device key (libsodium's
 * crypto_sign_detached). What is signed is a fixed label, then the canonical JSON (keys sorted) of the template's id,
 * content and the signer's public key: the key is inside the signed bytes, so a file re-signed under another key is
 * that key's file, never the first console's.
 */
const LABEL = 'concord-template-v1\n';

const signedBytes = (id: string, content: JsonValue, publicKey: string): Buffer =>
  Buffer.from(LABEL + canonicalJson({ id, content, publicKey }), 'utf8');

/** Groups of four of the device id, as a person reads it aloud to compare with the console that signed. */
export const fingerprintOf = (deviceId: string): string => deviceId.toUpperCase().match(/.{1,4}/g)?.join(' ') ?? '';

export function signerOf(publicKey: string, device: DeviceKeys): TemplateSigner {
  const deviceId = deviceIdFor(publicKey);
  return { deviceId, publicKey, fingerprint: fingerprintOf(deviceId), thisConsole: publicKey === device.publicKeyHex };
}

function detachedSignature(message: Buffer, device: DeviceKeys): string {
  const secretKey = sodiumSecretKey(device);
  const signature = Buffer.alloc(sodium.crypto_sign_BYTES);
  sodium.crypto_sign_detached(signature, message, secretKey);
  sodium.sodium_memzero(secretKey);
  return signature.toString('hex');
}

/** The file's text: the template signed by this console. */
export function signedFile(id: string, content: TemplateContent, device: DeviceKeys): string {
  const publicKey = device.publicKeyHex;
  const file: TemplateFile = {
    format: TEMPLATE_FILE_FORMAT,
    version: 1,
    template: { id, content },
    signer: { publicKey },
    signature: detachedSignature(signedBytes(id, content, publicKey), device),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const refuse = (message: string): never => {
  throw new ConcordError('invalid_input', message);
};

/** Reads a file's text as the file format, without checking any signature (built-in files carry none). */
export function readFile(text: string): TemplateFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('This is not a Concord template file: it is not JSON.');
  }
  const file = templateFileSchema.safeParse(raw);
  if (!file.success) {
    const issue = file.error.issues[0];
    return refuse(`This is not a Concord template file: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return file.data;
}

/** The template's content, valid, from a file whose shape is right. */
export function contentOf(file: TemplateFile): TemplateContent {
  const content = templateContentSchema.safeParse(file.template.content);
  if (content.success) return content.data;
  const issue = content.error.issues[0];
  return refuse(`The template in the file is not valid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
}

/**
 * The file's template and who signed it, once its signature verifies over exactly what it carries; an unsigned
 * or altered file is refused before anything is read from it.
 */
export function verifiedFile(text: string): { id: string; content: TemplateContent; publicKey: string } {
  const file = readFile(text);
  if (!file.signer || !file.signature) return refuse('This template file is not signed: only a file exported and signed by a Concord console can be imported.');
  const { publicKey } = file.signer;
  const message = signedBytes(file.template.id, file.template.content, publicKey);
  const ok = sodium.crypto_sign_verify_detached(Buffer.from(file.signature, 'hex'), message, Buffer.from(publicKey, 'hex'));
  if (!ok) return refuse('This template file was changed after it was signed (or the signature is not its signer’s): it is refused and nothing was imported.');
  return { id: file.template.id, content: contentOf(file), publicKey };
}
