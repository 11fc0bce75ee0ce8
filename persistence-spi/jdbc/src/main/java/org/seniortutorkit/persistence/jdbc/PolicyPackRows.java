package org.seniortutorkit.persistence.jdbc;

import java.sql.SQLException;
import java.util.List;
import org.seniortutorkit.policy.PolicyPackKey;
import org.seniortutorkit.policy.PolicyPackQuery;
import org.seniortutorkit.policy.StoredPolicyPack;

/** {@code policy_packs}: keyed by pack id and edition. */
final class PolicyPackRows implements TableMapping<PolicyPackKey, StoredPolicyPack, PolicyPackQuery> {
  @Override
  public String aggregate() {
    return "PolicyPack";
  }

  @Override
  public String table() {
    return "policy_packs";
  }

  @Override
  public List<String> keyColumns() {
    return List.of("id", "pack_version");
  }

  @Override
  public List<String> valueColumns() {
    return List.of("effective_from", "effective_to", "json");
  }

  @Override
  public PolicyPackKey keyOf(StoredPolicyPack value) {
    return value.key();
  }

  @Override
  public void bindKey(Params params, PolicyPackKey key) throws SQLException {
    params.string(key.id()).string(key.packVersion());
  }

  @Override
  public void bindValues(Params params, StoredPolicyPack pack) throws SQLException {
    params.date(pack.effectiveFrom()).date(pack.effectiveTo()).string(pack.json());
  }

  @Override
  public StoredPolicyPack read(Columns row) throws SQLException {
    return StoredPolicyPack.builder()
        .id(row.string())
        .packVersion(row.string())
        .effectiveFrom(row.date())
        .effectiveTo(row.optionalDate())
        .json(row.string())
        .build();
  }

  @Override
  public Where where(PolicyPackQuery query) {
    Where where = new Where();
    query.id().ifPresent(id -> where.equal("id", id));
    query.effectiveOn().ifPresent(date ->
        where.condition("effective_from <= ? and (effective_to is null or effective_to >= ?)", date, date));
    return where;
  }
}
