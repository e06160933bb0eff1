/**
 * Charters cited by name: "Điều lệ Đảng Cộng sản Việt Nam", "Điều lệ Công đoàn Việt Nam", "Điều lệ
 * Hội Cựu chiến binh Việt Nam", "Điều lệ Đoàn TNCS Hồ Chí Minh", "Điều lệ Đội Thiếu niên Tiền phong
 * Hồ Chí Minh". A mass organisation's or the Party's charter is one national document, cited like a
 * law, with no number. Only an organisation's full name counts ("Điều lệ Hội" or "điều lệ của hợp
 * tác xã" name none), but for "Điều lệ Đảng", which is always the Party's.
 */

/** Folded first words of the organisations whose charters documents cite. */
const ORGANISATION_HEADS: readonly string[] = ['dang', 'cong doan', 'hoi', 'doan', 'doi', 'mat tran', 'lien doan', 'lien hiep'];

/** Folded words an organisation's full name ends with. */
const NAME_ENDS: readonly string[] = ['viet nam', 'ho chi minh'];

/** Words read after "Điều lệ" at most. */
export const MAX_CHARTER_WORDS = 10;

/** The standard name of the Party's charter, which "Điều lệ Đảng" alone means. */
export const PARTY_CHARTER = 'Điều lệ Đảng Cộng sản Việt Nam';

interface CharterWord {
  /** Folded letters. */
  text: string;
  /** Punctuation before the word ("," or ""). */
  sep: string;
}

function phraseAt(words: readonly CharterWord[], i: number, phrases: readonly string[]): number {
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    if (parts.every((part, k) => words[i + k]?.text === part && (k === 0 || words[i + k].sep === ''))) return parts.length;
  }
  return 0;
}

/**
 * How many of the words after "Điều lệ" name the organisation whose charter it is, to the end of
 * its name ("Hội Cựu chiến binh Việt Nam": 5); `partyAlone` when "Đảng" stands alone. 0: no
 * organisation named.
 */
export function charterNameLength(words: readonly CharterWord[]): { length: number; partyAlone: boolean } {
  const none = { length: 0, partyAlone: false };
  if (words.length === 0 || words[0].sep !== '' || phraseAt(words, 0, ORGANISATION_HEADS) === 0) return none;
  for (let i = 1; i < MAX_CHARTER_WORDS && i < words.length; i++) {
    if (words[i].sep !== '') break;
    const end = phraseAt(words, i, NAME_ENDS);
    if (end) return { length: i + end, partyAlone: false };
  }
  const partyAlone = words[0].text === 'dang' && !['cong', 'bo'].includes(words[1]?.text ?? '');
  return partyAlone ? { length: 1, partyAlone } : none;
}
