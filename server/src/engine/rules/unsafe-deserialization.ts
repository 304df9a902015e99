import { Kind, type TaintRule } from './types';

const D = 'an unsafe deserialiser';

export const unsafeDeserialization: TaintRule = {
  meta: {
    id: 'unsafe-deserialization',
    title: 'Tool input is deserialised with a loader that can run code',
    severity: 'error',
    cwe: [502],
    languages: ['ts', 'py'],
    docs: 'docs/rules/unsafe-deserialization.md',
  },
  kind: Kind.Deser,
  sinks: {
    ts: [
      { callees: ['node-serialize.unserialize', 'serialize-to-js.deserialize', 'funcster.deepDeserialize', 'v8.deserialize', 'cryo.parse'], what: D },
      { callees: ['js-yaml.load', 'js-yaml.loadAll'], requires: { key: 'schema', value: /UNSAFE|FULL|DEFAULT_FULL/ }, what: D },
      { callees: ['yaml.parse', 'yaml.load'], requires: { key: 'customTags', value: /function|js/i }, what: D },
    ],
    py: [
      { callees: ['pickle.loads', 'pickle.load', 'cPickle.loads', 'cPickle.load', '_pickle.loads', 'dill.loads', 'dill.load', 'cloudpickle.loads', 'jsonpickle.decode', 'marshal.loads', 'marshal.load', 'shelve.open', 'joblib.load', 'pandas.read_pickle', 'pd.read_pickle', 'yaml.unsafe_load', 'yaml.full_load', 'yaml.unsafe_load_all'], what: D },
      // numpy refuses pickled arrays unless allow_pickle is set (the default is False since 1.16.3).
      { callees: ['numpy.load', 'np.load'], requires: { key: 'allow_pickle', value: /^(?!False$)/ }, what: D },
      { callees: ['yaml.load', 'yaml.load_all'], unless: { key: 'Loader', value: /Safe|CSafe|BaseLoader/ }, args: [0], keys: ['stream'], what: D },
      { callees: ['torch.load'], unless: { key: 'weights_only', value: /^True$/ }, what: D },
    ],
  },
};
