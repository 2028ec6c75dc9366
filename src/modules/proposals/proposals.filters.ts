// The references a proposal list's filters make, checked once for every list of proposals
// (/v1/proposals and /v1/parties/{id}/proposals): an unknown round or issue is a 400, as an
// unknown party is, not an empty list; so is a `to` before `from`.
import type { Db } from '../../db/open.js'
import { checkDateOrder, existing, requireKnown } from '../../http/filters.js'
import { createIssuesRepository } from '../issues/issues.repository.js'
import { createRoundsRepository } from '../rounds/rounds.repository.js'

export function proposalReferences(db: Db) {
  const rounds = createRoundsRepository(db)
  const issues = createIssuesRepository(db)
  return (query: { round?: string | undefined; category?: string | undefined; from?: string | undefined; to?: string | undefined }) => {
    checkDateOrder(query.from, query.to)
    return {
      round: requireKnown('round', query.round, existing(rounds.exists)),
      category: requireKnown('category', query.category, existing(issues.exists))
    }
  }
}
