package vn.thidua.history;

import java.util.UUID;

import vn.thidua.org.SubjectKind;

/** Whom a record is about, found in the caller's scope: a person with their unit, or a unit. */
record Subject(SubjectKind kind, UUID personId, UUID unitId) {
}
