// The desk's record folder (File System Access): a record goes into the picked folder under the
// next free name — never over a file already there — and, where the browser has no folder picker
// or the folder is gone, it is handed over as a download instead.
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A folder in memory, as showDirectoryPicker hands one over. */
function fakeFolder(existing: string[]) {
  const files = new Map<string, Blob>(existing.map((n) => [n, new Blob(['old'])]));
  const handle = {
    name: '確認記録',
    queryPermission: async () => 'granted' as PermissionState,
    async getFileHandle(name: string, options?: { create?: boolean }) {
      if (!files.has(name) && !options?.create) throw new DOMException('not found', 'NotFoundError');
      return {
        createWritable: async () => ({
          write: async (data: Blob) => {
            files.set(name, data);
          },
          close: async () => {},
        }),
      };
    },
  };
  return { handle, files };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('saveRecordFile', () => {
  it('writes into the picked folder under the next free name, leaving existing files alone', async () => {
    const folder = fakeFolder(['確認記録_20260921_231320.pdf', '確認記録_20260921_231320 (2).pdf']);
    vi.stubGlobal('showDirectoryPicker', async () => folder.handle);
    const files = await import('../../../../web/features/record/record-files');
    expect(files.canPickFolder()).toBe(true);
    expect(await files.pickRecordFolder()).toBe(true);
    expect(files.pickedFolderName()).toBe('確認記録');
    const where = await files.saveRecordFile(
      Uint8Array.of(0x25, 0x50, 0x44, 0x46),
      '確認記録_20260921_231320.pdf',
    );
    expect(where).toBe('folder');
    expect([...folder.files.keys()]).toEqual([
      '確認記録_20260921_231320.pdf',
      '確認記録_20260921_231320 (2).pdf',
      '確認記録_20260921_231320 (3).pdf',
    ]);
    expect(await folder.files.get('確認記録_20260921_231320.pdf')?.text()).toBe('old');
    expect(await folder.files.get('確認記録_20260921_231320 (3).pdf')?.text()).toBe('%PDF');
  });

  it('without a folder picker it is a download', async () => {
    const clicked: string[] = [];
    vi.stubGlobal('document', {
      createElement: () => ({
        click() {
          clicked.push((this as unknown as { download: string }).download);
        },
        remove() {},
      }),
      body: { append() {} },
    });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    const files = await import('../../../../web/features/record/record-files');
    expect(files.canPickFolder()).toBe(false);
    expect(await files.pickRecordFolder()).toBe(false);
    expect(await files.saveRecordFile(Uint8Array.of(1), 'r.pdf')).toBe('download');
    expect(clicked).toEqual(['r.pdf']);
  });
});
