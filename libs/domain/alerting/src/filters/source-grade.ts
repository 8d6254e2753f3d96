/**
 * An Admiralty grade such as `B2`: source reliability A (completely reliable) … F (cannot be
 * judged) and information credibility 1 (confirmed) … 6 (cannot be judged). The two ratings are
 * independent, so "at least B3" means reliability A or B *and* credibility 1, 2 or 3.
 */
export interface SourceGrade {
  reliability: string;
  credibility: number;
}

const GRADE = /^([A-F])([1-6])$/;

export function parseGrade(value: string): SourceGrade | null {
  const match = GRADE.exec(value.trim().toUpperCase());
  return match ? { reliability: match[1], credibility: Number(match[2]) } : null;
}

/** Whether `grade` is at least as good as `floor` on both ratings. */
export function gradeAtLeast(grade: SourceGrade, floor: SourceGrade): boolean {
  return grade.reliability <= floor.reliability && grade.credibility <= floor.credibility;
}

/** Whether `grade` is at most as good as `ceiling` on both ratings. */
export function gradeAtMost(grade: SourceGrade, ceiling: SourceGrade): boolean {
  return grade.reliability >= ceiling.reliability && grade.credibility >= ceiling.credibility;
}

export function sameGrade(grade: SourceGrade, other: SourceGrade): boolean {
  return grade.reliability === other.reliability && grade.credibility === other.credibility;
}
