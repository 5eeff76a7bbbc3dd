package quanze.admission;

import quanze.delegation.Opinion;

/** One township's answer to an admission request (formats.md §4 乡镇意见), with its reason if given. */
public record TownshipOpinion(String township, Opinion opinion, String reason) {
}
