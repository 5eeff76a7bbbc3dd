package quanze.org;

/** A secondment, stationed-unit appointment or plaque: each belongs to the township it names. */
public interface TownshipItem {
    String township();
}
