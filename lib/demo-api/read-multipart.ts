import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { ApiProblem } from './api-problem';

export interface MultipartFile {
  field: string;
  filename: string;
  /** As declared by the client; see `sniffImageType` for what the bytes are. */
  mimeType: string;
  bytes: Buffer;
}

export interface MultipartForm {
  fields: Record<string, string>;
  files: MultipartFile[];
}

export interface MultipartLimits {
  /** Largest accepted file, in bytes. */
  fileSize: number;
}

/**
 * Reads a `multipart/form-data` request with busboy. An oversized file is drained (so the
 * client gets the answer instead of a reset connection) and reported as a 413 problem.
 */
export function readMultipart(req: IncomingMessage, limits: MultipartLimits): Promise<MultipartForm> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: limits.fileSize, files: 4, fields: 20, fieldSize: 64 * 1024 } });
    } catch (error) {
      reject(new ApiProblem(400, 'validation-error', `The multipart body cannot be read: ${(error as Error).message}.`));
      return;
    }
    const fields: Record<string, string> = {};
    const files: MultipartFile[] = [];
    let tooLarge: string | undefined;
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (field, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        tooLarge = field;
      });
      stream.on('close', () => {
        if (tooLarge !== field) files.push({ field, filename: info.filename ?? '', mimeType: info.mimeType, bytes: Buffer.concat(chunks) });
      });
    });
    parser.on('error', (error: Error) => reject(new ApiProblem(400, 'validation-error', `The multipart body cannot be read: ${error.message}.`)));
    parser.on('close', () => {
      if (tooLarge !== undefined) {
        reject(
          new ApiProblem(413, 'payload-too-large', `The file in "${tooLarge}" is larger than ${limits.fileSize} bytes.`, [
            { in: 'body', field: tooLarge, code: 'maxSize', message: `must be at most ${limits.fileSize} bytes` },
          ]),
        );
      } else resolve({ fields, files });
    });
    req.pipe(parser);
  });
}

/** Identifies PNG, JPEG, GIF and WebP from their magic bytes; browsers and curl often send a vague content type. */
export function sniffImageType(bytes: Buffer): string | undefined {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.subarray(0, 6).toString('latin1'))) return 'image/gif';
  if (bytes.length >= 12 && bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return undefined;
}
