// Desk mode's opt-in (PROFILE §9): 「受付モードで、確認ごとに確認記録を保存する」, and where to —
// a folder the desk picks (File System Access, where the browser has it) or downloads. Off by
// default, and for this page's life only. The records use the remembered form fields (SaveRecord's
// 「記憶する」). Mount it in the desk bar or the desk settings: <DeskRecordOption />; and after
// each desk check call saveDeskRecords(outcomes, t.appName) (save-records.ts).
import { useEffect, useState } from 'preact/hooks';
import { useLang } from '../../app/lang';
import { canPickFolder, pickedFolderName, pickRecordFolder } from './record-files';
import { deskRecordsEnabled, onDeskRecordsChange, setDeskRecords } from './save-records';

export function DeskRecordOption() {
  const { t } = useLang();
  const words = t.record;
  const [on, setOn] = useState(deskRecordsEnabled());
  const [folder, setFolder] = useState(pickedFolderName());
  useEffect(() => onDeskRecordsChange(() => setOn(deskRecordsEnabled())), []);

  const pick = async () => {
    if (await pickRecordFolder()) setFolder(pickedFolderName());
  };
  return (
    <div class="desk-records" data-testid="desk-records">
      <label class="check-field">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => setDeskRecords((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{words.deskRecords}</span>
      </label>
      {on && (
        <p class="note">
          {folder ? words.deskFolder(folder) : words.deskNoFolder}{' '}
          {canPickFolder() && (
            <button type="button" onClick={pick}>
              {words.deskPickFolder}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
