package cruddur.dynamo.storage;

/** Tags and version of {@link ItemCodec}'s binary format, shared by its writer and reader. */
final class ItemFormat {
  static final int VERSION_1 = 1;

  static final int S = 1;
  static final int N_SMALL = 2;
  static final int N_BIG = 3;
  static final int B = 4;
  static final int TRUE = 5;
  static final int FALSE = 6;
  static final int NULL = 7;
  static final int M = 8;
  static final int L = 9;
  static final int SS = 10;
  static final int NS = 11;
  static final int BS = 12;

  private ItemFormat() {}
}
