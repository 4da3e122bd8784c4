// The verification record's texts (PROFILE §9, §8.9) in English; keys follow ./ja.ts.
import type { RecordTexts } from './ja';

export const recordEn: RecordTexts = {
  saveRecord: 'Save verification record',
  formTitle: 'Verification record (PDF)',
  formIntro:
    'Makes a PDF on this device with the result and the evidence the check used (the QR code content, the trust list, the status list). Nothing is sent anywhere and the app keeps no copy.',
  checker: 'Checked by (optional)',
  office: 'Office (optional)',
  note: 'Note (optional)',
  retention: 'Keep for (optional, e.g. 5 years)',
  minimal: 'Minimal record (no date of birth or name; it cannot be re-checked later)',
  remember: 'Remember checker, office and retention period on this device',
  make: 'Make and save the PDF',
  cancel: 'Close',
  making: 'Making the record…',
  savedDownload: 'Record saved (download)',
  savedFolder: (folder: string) => `Record saved in "${folder}"`,
  failed: 'The record could not be made. Please try again.',
  tooLong: (max: number) => `At most ${max} characters`,
  deskRecords: 'Desk mode: save a record after every check',
  deskPickFolder: 'Choose a folder',
  deskFolder: (folder: string) => `Saving to: ${folder}`,
  deskNoFolder: 'Saving to: downloads',
  walletChoice: 'Save a verification record',
  walletChoiceNote:
    "Before reading, tells the holder's wallet that the qualification, name, registration number and issuing body will be kept in a record.",
  walletFormIntro:
    "Makes a PDF of the wallet check on this device. It keeps only the qualification, name, registration number, issuing body and the result of the identity check. The wallet's response is not kept, so the record cannot be re-checked later. Nothing is sent anywhere and the app keeps no copy.",
  walletMinimal: 'Minimal record (without the name too)',
  walletAskAgain:
    'This check told the wallet that nothing would be kept. To save a record, the wallet is asked again and told which items will be kept (qualification, name, registration number, issuing body). The identity check will have to be done again too.',
  walletAskAgainButton: 'Check with the wallet again for a record',
};
