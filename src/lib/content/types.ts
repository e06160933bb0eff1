import type { BlocData } from '../../schemas/bloc';
import type { CampaignData } from '../../schemas/campaign';
import type { DirectiveData } from '../../schemas/directive';
import type { HonourYearData } from '../../schemas/honour';
import type { TitleData } from '../../schemas/title';
import type { UnitData } from '../../schemas/unit';

/** One loaded content file: its id, the path it came from (for messages) and its typed data. */
export interface ContentEntry<T> {
  id: string;
  filePath: string;
  data: T;
  body?: string;
}

/** Everything under content/, as loaded and schema-checked by Astro. */
export interface ContentSet {
  campaigns: ContentEntry<CampaignData>[];
  directives: ContentEntry<DirectiveData>[];
  honours: ContentEntry<HonourYearData>[];
  units: ContentEntry<UnitData>[];
  titles: ContentEntry<TitleData>[];
  /** Emulation blocs (content/blocs/), none for a single body's site. */
  blocs: ContentEntry<BlocData>[];
}

/** A content error told the way an editor can act on it. */
export interface ContentProblem {
  file: string;
  /** Dotted path of the field ("signer.name", "targets[2].item"), or "nội dung" for the body. */
  field: string;
  expected: string;
  found: string;
  fix: string;
  line?: number;
}
