// Input guards shared by the capacity functions. Policies are validated by the
// schema and rules before they get here, so a bad number is a caller bug and
// throws a RangeError naming the field.

// The checks as predicates too, for loops over every hour: the caller builds the
// field name (a string per element) only when the check fails.
export const isNonNegative = (v: number): boolean => v >= 0 && Number.isFinite(v);
export const isShare = (v: number): boolean => v > 0 && v <= 1;
export const isWholeNumber = (v: number): boolean => Number.isSafeInteger(v) && v >= 0;

export function requireFinite(name: string, v: number): void {
  if (!Number.isFinite(v)) throw new RangeError(`${name} must be a finite number, got ${v}`);
}

export function requireNonNegative(name: string, v: number): void {
  if (!isNonNegative(v)) throw new RangeError(`${name} must be a finite number ≥ 0, got ${v}`);
}

export function requirePositive(name: string, v: number): void {
  if (!(v > 0 && Number.isFinite(v))) throw new RangeError(`${name} must be a finite number > 0, got ${v}`);
}

export function requireWholeNumber(name: string, v: number): void {
  if (!isWholeNumber(v)) throw new RangeError(`${name} must be a whole number ≥ 0, got ${v}`);
}

/** A share such as occupancy or productivity: in (0, 1]. */
export function requireShare(name: string, v: number): void {
  if (!isShare(v)) throw new RangeError(`${name} must be in (0, 1], got ${v}`);
}

/** Shrinkage: in [0, 1), since all-shrinkage leaves nobody working. */
export function requireShrinkage(v: number): void {
  if (!(v >= 0 && v < 1)) throw new RangeError(`shrinkage must be in [0, 1), got ${v}`);
}
