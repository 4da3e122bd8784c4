// readDeviceRequest (the CLI's --request): the doctypes and elements a DeviceRequest asks for.
import { describe, expect, it } from 'vitest';
import { Tagged } from '../../../core/cbor/decode';
import { encodeCbor } from '../../../core/cbor/encode';
import { readDeviceRequest } from '../../../core/mdoc/device-request';
import { dqcRequest, mncRequest } from '../../../core/mdoc/doctypes';
import { deviceRequestBytes, itemsRequestBytes } from '../../../core/mdoc/encodings';

describe('readDeviceRequest', () => {
  it('reads back the verifier’s own requests', () => {
    expect(readDeviceRequest(deviceRequestBytes(mncRequest()))).toEqual([mncRequest()]);
    expect(readDeviceRequest(deviceRequestBytes(dqcRequest({ forRecord: true })))).toEqual([
      dqcRequest({ forRecord: true }),
    ]);
  });

  it('version 1.1, several DocRequests, unknown keys and readerAuth are accepted', () => {
    const docRequest = (r = mncRequest()) => ({
      itemsRequest: new Tagged(24, itemsRequestBytes(r)),
      readerAuth: [1],
    });
    const bytes = encodeCbor({
      version: '1.1',
      docRequests: [docRequest(), docRequest(dqcRequest())],
      readerAuthAll: [],
    });
    expect(readDeviceRequest(bytes)?.map((r) => r.docType)).toEqual([
      mncRequest().docType,
      dqcRequest().docType,
    ]);
  });

  it.each([
    ['not CBOR', Uint8Array.of(0xff)],
    ['version 2.0', encodeCbor({ version: '2.0', docRequests: [] })],
    ['no docRequests', encodeCbor({ version: '1.0' })],
    [
      'itemsRequest not in tag 24',
      encodeCbor({ version: '1.0', docRequests: [{ itemsRequest: { docType: 'x' } }] }),
    ],
    [
      'intentToRetain not a boolean',
      encodeCbor({
        version: '1.0',
        docRequests: [
          { itemsRequest: new Tagged(24, encodeCbor({ docType: 'x', nameSpaces: { n: { e: 1 } } })) },
        ],
      }),
    ],
  ])('null for %s', (_, bytes) => {
    expect(readDeviceRequest(bytes)).toBeNull();
  });
});
