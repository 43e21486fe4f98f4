/**
 * The organisation: units (đơn vị) in a tree from the province down to faculties and offices (khoa, phòng), and the
 * people (cán bộ, viên chức, người lao động) who work in them. It also owns the caller's scope
 * ({@link vn.thidua.org.OrgScope}): every account acts only inside its home unit's subtree.
 */
package vn.thidua.org;
