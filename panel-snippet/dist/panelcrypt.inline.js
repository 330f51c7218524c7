(function () {
'use strict';
const wasmGlue = (function () {
/**
 * An opened bundle: header MAC verified, manifest decrypted and validated.
 * Holds the bundle key inside wasm memory (zeroed when freed).
 */
class Bundle {
    static __wrap(ptr) {
        const obj = Object.create(Bundle.prototype);
        obj.__wbg_ptr = ptr;
        BundleFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
    }
    __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        BundleFinalization.unregister(this);
        return ptr;
    }
    free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_bundle_free(ptr, 0);
    }
    /**
     * The bundle id, hex.
     * @returns {string}
     */
    get bundle_id() {
        let deferred1_0;
        let deferred1_1;
        try {
            const ret = wasm.bundle_bundle_id(this.__wbg_ptr);
            deferred1_0 = ret[0];
            deferred1_1 = ret[1];
            return getStringFromWasm0(ret[0], ret[1]);
        } finally {
            wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
        }
    }
    /**
     * The object to fetch for `name` shown `target_px` device pixels wide:
     * `{"id", "variant", "len", "type", "width", "height"}` as JSON.
     * @param {string} name
     * @param {number} target_px
     * @returns {string}
     */
    choose(name, target_px) {
        let deferred4_0;
        let deferred4_1;
        try {
            const val2 = +target_px;
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.bundle_choose(this.__wbg_ptr, ptr0, len0, val2);
            var ptr3 = ret[0];
            var len3 = ret[1];
            if (ret[3]) {
                ptr3 = 0; len3 = 0;
                throw takeFromExternrefTable0(ret[2]);
            }
            deferred4_0 = ptr3;
            deferred4_1 = len3;
            return getStringFromWasm0(ptr3, len3);
        } finally {
            wasm.__wbindgen_free(deferred4_0, deferred4_1, 1);
        }
    }
    /**
     * Decrypts object `id` (32 hex digits, from [`Bundle::choose`]) from its
     * ciphertext `ct` (all of `o/<id>`). Resolves to a `Blob` of the
     * object's media type, built only after everything verified; rejects
     * with code `object_verification` otherwise. Uses WebCrypto when
     * `crypto.subtle` exists.
     * @param {string} id
     * @param {Uint8Array} ct
     * @returns {Promise<any>}
     */
    decrypt(id, ct) {
        const ptr0 = passStringToWasm0(id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.bundle_decrypt(this.__wbg_ptr, ptr0, len0, ct);
        return ret;
    }
    /**
     * [`Bundle::decrypt`] with an explicit engine: `webcrypto = false`
     * forces the pure-Rust path (tests and benchmarks).
     * @param {string} id
     * @param {Uint8Array} ct
     * @param {boolean} webcrypto
     * @returns {Promise<any>}
     */
    decrypt_with(id, ct, webcrypto) {
        const val2 = +webcrypto;
        const ptr0 = passStringToWasm0(id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.bundle_decrypt_with(this.__wbg_ptr, ptr0, len0, ct, val2);
        return ret;
    }
    /**
     * `{"name", "width", "height", "placeholder": {"type","data"}|null,
     * "variants": [widths]}` as JSON.
     * @param {string} name
     * @returns {string}
     */
    entry(name) {
        let deferred3_0;
        let deferred3_1;
        try {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.bundle_entry(this.__wbg_ptr, ptr0, len0);
            var ptr2 = ret[0];
            var len2 = ret[1];
            if (ret[3]) {
                ptr2 = 0; len2 = 0;
                throw takeFromExternrefTable0(ret[2]);
            }
            deferred3_0 = ptr2;
            deferred3_1 = len2;
            return getStringFromWasm0(ptr2, len2);
        } finally {
            wasm.__wbindgen_free(deferred3_0, deferred3_1, 1);
        }
    }
    /**
     * Every logical name in the bundle, sorted.
     * @returns {string[]}
     */
    names() {
        const ret = wasm.bundle_names(this.__wbg_ptr);
        var v1 = getArrayJsValueFromWasm0(ret[0], ret[1]);
        wasm.__wbindgen_free(ret[0], ret[1] * 4, 4);
        return v1;
    }
    /**
     * Parses `header` (all of `header.pcb`), checks it against `key` (the
     * 32 bytes from the key service): header MAC, manifest decryption and
     * every manifest rule. `bundle_id` (hex, as the key service echoes it)
     * must match the header's, when given.
     * @param {Uint8Array | number[]} header
     * @param {Uint8Array | number[]} key
     * @param {string | null} [bundle_id]
     * @returns {Bundle}
     */
    static open(header, key, bundle_id) {
        let ptr0, len0, ptr1, len1, ptr2, len2;
        try {
            ptr0 = passArray8ToWasm0(header, wasm.__wbindgen_malloc);
            len0 = WASM_VECTOR_LEN;
            ptr1 = passArray8ToWasm0(key, wasm.__wbindgen_malloc);
            len1 = WASM_VECTOR_LEN;
            ptr2 = isLikeNone(bundle_id) ? 0 : passStringToWasm0(bundle_id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            len2 = WASM_VECTOR_LEN;
        } catch (e) {
            if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 1, 1); }
            if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 1, 1); }
            if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 1, 1); }
            throw e;
        }
        const ret = wasm.bundle_open(ptr0, len0, ptr1, len1, ptr2, len2);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return Bundle.__wrap(ret[0]);
    }
}
if (Symbol.dispose) Bundle.prototype[Symbol.dispose] = Bundle.prototype.free;

/**
 * `true` when `crypto.subtle` exists (a secure context): objects are then
 * decrypted with WebCrypto.
 * @returns {boolean}
 */
function has_webcrypto() {
    const ret = wasm.has_webcrypto();
    return ret !== 0;
}

/**
 * What the key service needs from a header: `{"slots": base64 of the slot
 * section, "bundle_id": hex}` as JSON. Fails on anything that is not a
 * well-formed version-1 header start.
 * @param {Uint8Array | number[]} header
 * @returns {string}
 */
function slot_section(header) {
    let deferred3_0;
    let deferred3_1;
    try {
        const ptr0 = passArray8ToWasm0(header, wasm.__wbindgen_malloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.slot_section(ptr0, len0);
        var ptr2 = ret[0];
        var len2 = ret[1];
        if (ret[3]) {
            ptr2 = 0; len2 = 0;
            throw takeFromExternrefTable0(ret[2]);
        }
        deferred3_0 = ptr2;
        deferred3_1 = len2;
        return getStringFromWasm0(ptr2, len2);
    } finally {
        wasm.__wbindgen_free(deferred3_0, deferred3_1, 1);
    }
}
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg___wbindgen_is_function_741ff2bb612836f5: function(arg0) {
            const ret = typeof(arg0) === 'function';
            return ret;
        },
        __wbg___wbindgen_is_null_c22311b1cc228e3a: function(arg0) {
            const ret = arg0 === null;
            return ret;
        },
        __wbg___wbindgen_is_undefined_be5b34249ff1fc15: function(arg0) {
            const ret = arg0 === undefined;
            return ret;
        },
        __wbg___wbindgen_throw_4c88d8bf264fd984: function(arg0, arg1) {
            throw new Error(getStringFromWasm0(arg0, arg1));
        },
        __wbg__wbg_cb_unref_09736879a3f67559: function(arg0) {
            arg0._wbg_cb_unref();
        },
        __wbg_all_79a70a4b6aca6f9e: function(arg0) {
            const ret = Promise.all(arg0);
            return ret;
        },
        __wbg_byteLength_fa48f24814f5ef46: function(arg0) {
            const ret = arg0.byteLength;
            return ret;
        },
        __wbg_call_a410eb4b59ed5965: function() { return handleError(function (arg0, arg1, arg2) {
            const ret = arg0.call(arg1, arg2);
            return ret;
        }, arguments); },
        __wbg_decrypt_5cecfb3466b06fd8: function() { return handleError(function (arg0, arg1, arg2, arg3) {
            const ret = arg0.decrypt(arg1, arg2, arg3);
            return ret;
        }, arguments); },
        __wbg_fill_6ab2ffab47cad7ab: function(arg0, arg1, arg2, arg3) {
            const ret = arg0.fill(arg1, arg2 >>> 0, arg3 >>> 0);
            return ret;
        },
        __wbg_get_2080c49015e35254: function() { return handleError(function (arg0, arg1) {
            const ret = Reflect.get(arg0, arg1);
            return ret;
        }, arguments); },
        __wbg_get_d7176cfb76d71114: function(arg0, arg1) {
            const ret = arg0[arg1 >>> 0];
            return ret;
        },
        __wbg_importKey_d8db521a98ea1991: function() { return handleError(function (arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7) {
            const ret = arg0.importKey(getStringFromWasm0(arg1, arg2), arg3, getStringFromWasm0(arg4, arg5), arg6 !== 0, arg7);
            return ret;
        }, arguments); },
        __wbg_instanceof_SubtleCrypto_72dd685a107b4b5f: function(arg0) {
            let result;
            try {
                result = arg0 instanceof SubtleCrypto;
            } catch (_) {
                result = false;
            }
            const ret = result;
            return ret;
        },
        __wbg_length_186163212ffe79c3: function(arg0) {
            const ret = arg0.length;
            return ret;
        },
        __wbg_new_37eb45aaf5eeb820: function() {
            const ret = new Array();
            return ret;
        },
        __wbg_new_787b9fb330d55d78: function(arg0, arg1) {
            const ret = new Error(getStringFromWasm0(arg0, arg1));
            return ret;
        },
        __wbg_new_cd4348290afae586: function() {
            const ret = new Object();
            return ret;
        },
        __wbg_new_from_slice_b8daf545a41c6aa0: function(arg0, arg1) {
            const ret = new Uint8Array(getArrayU8FromWasm0(arg0, arg1));
            return ret;
        },
        __wbg_new_typed_e09da9dae6ee5935: function(arg0, arg1) {
            try {
                var state0 = {a: arg0, b: arg1};
                var cb0 = (arg0, arg1) => {
                    const a = state0.a;
                    state0.a = 0;
                    try {
                        return wasm_bindgen__convert__closures_____invoke__h3dca74d1efd09ef0(a, state0.b, arg0, arg1);
                    } finally {
                        state0.a = a;
                    }
                };
                const ret = new Promise(cb0);
                return ret;
            } finally {
                state0.a = 0;
            }
        },
        __wbg_new_with_buffer_source_sequence_and_options_ea80baf2bc7ac33a: function() { return handleError(function (arg0, arg1) {
            const ret = new Blob(arg0, arg1);
            return ret;
        }, arguments); },
        __wbg_new_with_byte_offset_and_length_3cd32055a417f095: function(arg0, arg1, arg2) {
            const ret = new Uint8Array(arg0, arg1 >>> 0, arg2 >>> 0);
            return ret;
        },
        __wbg_new_with_length_a3dc62dea6e2e158: function(arg0) {
            const ret = new Array(arg0 >>> 0);
            return ret;
        },
        __wbg_of_027eb15371aac932: function(arg0) {
            const ret = Array.of(arg0);
            return ret;
        },
        __wbg_prototypesetcall_13162965d1fe7aa3: function(arg0, arg1, arg2) {
            Uint8Array.prototype.set.call(getArrayU8FromWasm0(arg0, arg1), arg2);
        },
        __wbg_push_c9f4893fc209f768: function(arg0, arg1) {
            const ret = arg0.push(arg1);
            return ret;
        },
        __wbg_queueMicrotask_1e8503a8a690f0a3: function(arg0) {
            const ret = arg0.queueMicrotask;
            return ret;
        },
        __wbg_queueMicrotask_4a1a4d8dd332373b: function(arg0) {
            queueMicrotask(arg0);
        },
        __wbg_resolve_dbf78ab4942478b0: function(arg0) {
            const ret = Promise.resolve(arg0);
            return ret;
        },
        __wbg_set_2793479888329cb6: function() { return handleError(function (arg0, arg1, arg2) {
            const ret = Reflect.set(arg0, arg1, arg2);
            return ret;
        }, arguments); },
        __wbg_set_d2d33b52458e984a: function(arg0, arg1, arg2) {
            arg0[arg1 >>> 0] = arg2;
        },
        __wbg_set_iv_ed5385052ec4e125: function(arg0, arg1) {
            arg0.iv = arg1;
        },
        __wbg_set_name_cad61b43483f8727: function(arg0, arg1, arg2) {
            arg0.name = getStringFromWasm0(arg1, arg2);
        },
        __wbg_set_type_609b0cea6429d7bb: function(arg0, arg1, arg2) {
            arg0.type = getStringFromWasm0(arg1, arg2);
        },
        __wbg_static_accessor_GLOBAL_THIS_003ee833af9699fc: function() {
            const ret = typeof globalThis === 'undefined' ? undefined : globalThis;
            return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_static_accessor_GLOBAL_e4293fb22cbe77da: function() {
            const ret = typeof global === 'undefined' ? undefined : global;
            return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_static_accessor_SELF_53bb20457401453d: function() {
            const ret = typeof self === 'undefined' ? undefined : self;
            return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_static_accessor_WINDOW_b5e0810bfecb7feb: function() {
            const ret = typeof window === 'undefined' ? undefined : window;
            return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_subarray_58f388a9247ac0bb: function(arg0, arg1, arg2) {
            const ret = arg0.subarray(arg1 >>> 0, arg2 >>> 0);
            return ret;
        },
        __wbg_then_656f253a5dd7d8ea: function(arg0, arg1, arg2) {
            const ret = arg0.then(arg1, arg2);
            return ret;
        },
        __wbg_then_e3f7f2d365708be8: function(arg0, arg1) {
            const ret = arg0.then(arg1);
            return ret;
        },
        __wbindgen_generic_0000000000000001: function(arg0, arg1) {
            // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [Externref], shim_idx: 22, ret: Result(Unit), inner_ret: Some(Result(Unit)) }, mutable: true }) -> Externref`.
            const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h93e06a32c257c647);
            return ret;
        },
        __wbindgen_generic_0000000000000002: function(arg0, arg1) {
            // Cast intrinsic for `Ref(String) -> Externref`.
            const ret = getStringFromWasm0(arg0, arg1);
            return ret;
        },
        __wbindgen_init_externref_table: function() {
            const table = wasm.__wbindgen_externrefs;
            table.set(0, undefined);
            table.set(1024, undefined);
            table.set(1025, null);
            table.set(1026, true);
            table.set(1027, false);
        },
    };
    return {
        __proto__: null,
        "./panelcrypt_wasm_bg.js": import0,
    };
}

function wasm_bindgen__convert__closures_____invoke__h93e06a32c257c647(arg0, arg1, arg2) {
    const ret = wasm.wasm_bindgen__convert__closures_____invoke__h93e06a32c257c647(arg0, arg1, arg2);
    if (ret[1]) {
        throw takeFromExternrefTable0(ret[0]);
    }
}

function wasm_bindgen__convert__closures_____invoke__h3dca74d1efd09ef0(arg0, arg1, arg2, arg3) {
    wasm.wasm_bindgen__convert__closures_____invoke__h3dca74d1efd09ef0(arg0, arg1, arg2, arg3);
}

const BundleFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_bundle_free(ptr, 1));

function addToExternrefTable0(obj) {
    const idx = wasm.__externref_table_alloc();
    wasm.__wbindgen_externrefs.set(idx, obj);
    return idx;
}

const CLOSURE_DTORS = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(state => wasm.__wbindgen_destroy_closure(state.a, state.b));

function getArrayJsValueFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    const mem = getDataViewMemory0();
    const result = [];
    for (let i = ptr; i < ptr + 4 * len; i += 4) {
        result.push(wasm.__wbindgen_externrefs.get(mem.getUint32(i, true)));
    }
    wasm.__externref_drop_slice(ptr, len);
    return result;
}

function getArrayU8FromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return getUint8ArrayMemory0().subarray(ptr / 1, ptr / 1 + len);
}

let cachedDataViewMemory0 = null;
function getDataViewMemory0() {
    if (cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer.detached === true || (cachedDataViewMemory0.buffer.detached === undefined && cachedDataViewMemory0.buffer !== wasm.memory.buffer)) {
        cachedDataViewMemory0 = new DataView(wasm.memory.buffer);
    }
    return cachedDataViewMemory0;
}

function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}

let cachedUint8ArrayMemory0 = null;
function getUint8ArrayMemory0() {
    if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
        cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
    }
    return cachedUint8ArrayMemory0;
}

function handleError(f, args) {
    try {
        return f.apply(this, args);
    } catch (e) {
        const idx = addToExternrefTable0(e);
        wasm.__wbindgen_exn_store(idx);
    }
}

function isLikeNone(x) {
    return x === undefined || x === null;
}

function makeMutClosure(arg0, arg1, f) {
    const state = { a: arg0, b: arg1, cnt: 1 };
    const real = (...args) => {

        // First up with a closure we increment the internal reference
        // count. This ensures that the Rust closure environment won't
        // be deallocated while we're invoking it.
        state.cnt++;
        const a = state.a;
        state.a = 0;
        try {
            return f(a, state.b, ...args);
        } finally {
            state.a = a;
            real._wbg_cb_unref();
        }
    };
    real._wbg_cb_unref = () => {
        if (--state.cnt === 0) {
            wasm.__wbindgen_destroy_closure(state.a, state.b);
            state.a = 0;
            CLOSURE_DTORS.unregister(state);
        }
    };
    CLOSURE_DTORS.register(real, state, state);
    return real;
}

function passArray8ToWasm0(arg, malloc) {
    const ptr = malloc(arg.length * 1, 1) >>> 0;
    getUint8ArrayMemory0().set(arg, ptr / 1);
    WASM_VECTOR_LEN = arg.length;
    return ptr;
}

function passStringToWasm0(arg, malloc, realloc) {
    if (realloc === undefined) {
        const buf = cachedTextEncoder.encode(arg);
        const ptr = malloc(buf.length, 1) >>> 0;
        getUint8ArrayMemory0().subarray(ptr, ptr + buf.length).set(buf);
        WASM_VECTOR_LEN = buf.length;
        return ptr;
    }

    let len = arg.length;
    let ptr = malloc(len, 1) >>> 0;

    const mem = getUint8ArrayMemory0();

    let offset = 0;

    for (; offset < len; offset++) {
        const code = arg.charCodeAt(offset);
        if (code > 0x7F) break;
        mem[ptr + offset] = code;
    }
    if (offset !== len) {
        if (offset !== 0) {
            arg = arg.slice(offset);
        }
        ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
        const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
        const ret = cachedTextEncoder.encodeInto(arg, view);

        offset += ret.written;
        ptr = realloc(ptr, len, offset, 1) >>> 0;
    }

    WASM_VECTOR_LEN = offset;
    return ptr;
}

function takeFromExternrefTable0(idx) {
    const value = wasm.__wbindgen_externrefs.get(idx);
    wasm.__externref_table_dealloc(idx);
    return value;
}

let cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
cachedTextDecoder.decode();
const MAX_SAFARI_DECODE_BYTES = 2146435072;
let numBytesDecoded = 0;
function decodeText(bytes) {
    numBytesDecoded += bytes.length;
    if (numBytesDecoded >= MAX_SAFARI_DECODE_BYTES) {
        cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
        cachedTextDecoder.decode();
        numBytesDecoded = bytes.length;
    }
    return cachedTextDecoder.decode(bytes);
}

const cachedTextEncoder = new TextEncoder();

if (!('encodeInto' in cachedTextEncoder)) {
    cachedTextEncoder.encodeInto = function (arg, view) {
        const buf = cachedTextEncoder.encode(arg);
        view.set(buf);
        return {
            read: arg.length,
            written: buf.length
        };
    };
}

let WASM_VECTOR_LEN = 0;

let wasmModule, wasmInstance, wasm;
function __wbg_finalize_init(instance, module) {
    wasmInstance = instance;
    wasm = instance.exports;
    wasmModule = module;
    cachedDataViewMemory0 = null;
    cachedUint8ArrayMemory0 = null;
    wasm.__wbindgen_start();
    return wasm;
}

async function __wbg_load(module, imports) {
    if (typeof Response === 'function' && module instanceof Response) {
        if (!module.ok) {
            throw new Error("failed to fetch Wasm");
        }

        if (typeof WebAssembly.instantiateStreaming === 'function') {
            try {
                return await WebAssembly.instantiateStreaming(module, imports);
            } catch (e) {
                const validResponse = expectedResponseType(module.type);

                if (validResponse && module.headers.get('Content-Type') !== 'application/wasm') {
                    console.warn("`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n", e);

                } else { throw e; }
            }
        }

        const bytes = await module.arrayBuffer();
        return await WebAssembly.instantiate(bytes, imports);
    } else {
        const instance = await WebAssembly.instantiate(module, imports);

        if (instance instanceof WebAssembly.Instance) {
            return { instance, module };
        } else {
            return instance;
        }
    }

    function expectedResponseType(type) {
        switch (type) {
            case 'basic': case 'cors': case 'default': return true;
        }
        return false;
    }
}

function initSync(module) {
    if (wasm !== undefined) return wasm;


    if (module !== undefined) {
        if (Object.getPrototypeOf(module) === Object.prototype) {
            ({module} = module)
        } else {
            console.warn('using deprecated parameters for `initSync()`; pass a single object instead')
        }
    }

    const imports = __wbg_get_imports();
    if (!(module instanceof WebAssembly.Module)) {
        module = new WebAssembly.Module(module);
    }
    const instance = new WebAssembly.Instance(module, imports);
    return __wbg_finalize_init(instance, module);
}

let __wbg_init_promise;
async function __wbg_init(module_or_path) {
    if (wasm !== undefined) return wasm;
    if (__wbg_init_promise === undefined) {
        __wbg_init_promise = __wbg_init_once(module_or_path);
        __wbg_init_promise.catch(() => { __wbg_init_promise = undefined; });
    }
    return __wbg_init_promise;
}

async function __wbg_init_once(module_or_path) {

    if (module_or_path !== undefined) {
        if (Object.getPrototypeOf(module_or_path) === Object.prototype) {
            ({module_or_path} = module_or_path)
        } else {
            console.warn('using deprecated parameters for the initialization function; pass a single object instead')
        }
    }

    if (module_or_path === undefined) {
        throw new Error("panelcrypt: no wasm given");
    }
    const imports = __wbg_get_imports();

    if (typeof module_or_path === 'string' || (typeof Request === 'function' && module_or_path instanceof Request) || (typeof URL === 'function' && module_or_path instanceof URL)) {
        module_or_path = fetch(module_or_path);
    }

    const { instance, module } = await __wbg_load(await module_or_path, imports);

    return __wbg_finalize_init(instance, module);
}

return { default: __wbg_init, initSync: initSync, Bundle: Bundle, has_webcrypto: has_webcrypto, slot_section: slot_section };
})();
const WASM_BASE64 = 'AGFzbQEAAAAB1ANBYAN/f38Bf2ACf38Bf2ABfwBgAn9/AGADf39/AGAEf39/fwBgAX8Bf2AFf39/f38AYAABf2AEf39/fwF/YAAAYAFvAX9gBX9/f39/AX9gAn9/AW9gBn9/f39/fwBgAW8Bb2ACb28Bb2AFf39/fn8AYAJ/fgBgAAR/f39/YAACf39gA29vbwFvYAABb2ADb39/AGABbwBgA29/fwFvYAN/fn4AYAZ/f39/f38Bf2ADf39/AX5gAX4BfmABfwJ/f2ADb29vAX9gCG9/f29/f39vAW9gBG9/f38Bb2ABfwFvYAJvbwBgBG9vb28Bb2ADb39vAGACb38Bb2ACb28Bf2ADf39vAGAEf35+fwBgA35+fwF+YAR/f39+AGALf39/f39/f39/f38Bf2ADf39+AX9gBn9/f35/fwBgBn9/f31/fwBgBn9/f3x/fwBgBH9+fn4AYAZ/f39/f38Df39/YAR/f39/BH9/f39gA39/fwR/f39/YAJ/fwR/f39/YAV/f31/fwBgBX9/fH9/AX9gBX9/fH9/AGAFf39+f38Bf2AFf39+f38AYAV/f31/fwF/YAN/f28Cf39gBX9/f29/AW9gBH9/f28Bb2AEf39vbwBgAAN/f38ClhUsFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzG19fd2JnX3RoZW5fNjU2ZjI1M2E1ZGQ3ZDhlYQAVFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzLl9fd2JnX2luc3RhbmNlb2ZfU3VidGxlQ3J5cHRvXzcyZGQ2ODVhMTA3YjRiNWYACxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyBfX3diZ19uZXdfdHlwZWRfZTA5ZGE5ZGFlNmVlNTkzNQANFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzGl9fd2JnX25ld19jZDQzNDgyOTBhZmFlNTg2ABYXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMfX193Ymdfc2V0X3R5cGVfNjA5YjBjZWE2NDI5ZDdiYgAXFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzQl9fd2JnX25ld193aXRoX2J1ZmZlcl9zb3VyY2Vfc2VxdWVuY2VfYW5kX29wdGlvbnNfZWE4MGJhZjJiYzdhYzMzYQAQFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzGl9fd2JnX25ld183ODdiOWZiMzMwZDU1ZDc4AA0XLi9wYW5lbGNyeXB0X3dhc21fYmcuanMaX193Ymdfc2V0XzI3OTM0Nzk4ODgzMjljYjYAHxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyRfX3diZ19fd2JnX2NiX3VucmVmXzA5NzM2ODc5YTNmNjc1NTkAGBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxtfX3diZ19jYWxsX2E0MTBlYjRiNTllZDU5NjUAFRcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx1fX3diZ19sZW5ndGhfMTg2MTYzMjEyZmZlNzljMwALFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzJV9fd2JnX25ld19mcm9tX3NsaWNlX2I4ZGFmNTQ1YTQxYzZhYTAADRcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxlfX3diZ19vZl8wMjdlYjE1MzcxYWFjOTMyAA8XLi9wYW5lbGNyeXB0X3dhc21fYmcuanMfX193Ymdfc3ViYXJyYXlfNThmMzg4YTkyNDdhYzBiYgAZFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzIF9fd2JnX2ltcG9ydEtleV9kOGRiNTIxYTk4ZWExOTkxACAXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMbX193YmdfZmlsbF82YWIyZmZhYjQ3Y2FkN2FiACEXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMmX193YmdfbmV3X3dpdGhfbGVuZ3RoX2EzZGM2MmRlYTZlMmUxNTgAIhcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxpfX3diZ19hbGxfNzlhNzBhNGI2YWNhNmY5ZQAPFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzH19fd2JnX3NldF9uYW1lX2NhZDYxYjQzNDgzZjg3MjcAFxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx1fX3diZ19zZXRfaXZfZWQ1Mzg1MDUyZWM0ZTEyNQAjFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzHl9fd2JnX2RlY3J5cHRfNWNlY2ZiMzQ2NmIwNmZkOAAkFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzGl9fd2JnX3NldF9kMmQzM2I1MjQ1OGU5ODRhACUXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMaX193YmdfbmV3XzM3ZWI0NWFhZjVlZWI4MjAAFhcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxpfX3diZ19nZXRfZDcxNzZjZmI3NmQ3MTExNAAmFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzIV9fd2JnX2J5dGVMZW5ndGhfZmE0OGYyNDgxNGY1ZWY0NgALFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzNl9fd2JnX25ld193aXRoX2J5dGVfb2Zmc2V0X2FuZF9sZW5ndGhfM2NkMzIwNTVhNDE3ZjA5NQAZFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzG19fd2JnX3B1c2hfYzlmNDg5M2ZjMjA5Zjc2OAAnFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzJV9fd2JnX3F1ZXVlTWljcm90YXNrXzFlODUwM2E4YTY5MGYwYTMADxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcy1fX3diZ19fX3diaW5kZ2VuX2lzX2Z1bmN0aW9uXzc0MWZmMmJiNjEyODM2ZjUACxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx5fX3diZ19yZXNvbHZlX2RiZjc4YWI0OTQyNDc4YjAADxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcy1fX3diZ19zdGF0aWNfYWNjZXNzb3JfR0xPQkFMX2U0MjkzZmIyMmNiZTc3ZGEACBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qczJfX3diZ19zdGF0aWNfYWNjZXNzb3JfR0xPQkFMX1RISVNfMDAzZWU4MzNhZjk2OTlmYwAIFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzLV9fd2JnX3N0YXRpY19hY2Nlc3Nvcl9XSU5ET1dfYjVlMDgxMGJmZWNiN2ZlYgAIFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzK19fd2JnX3N0YXRpY19hY2Nlc3Nvcl9TRUxGXzUzYmIyMDQ1NzQwMTQ1M2QACBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcydfX3diZ19wcm90b3R5cGVzZXRjYWxsXzEzMTYyOTY1ZDFmZTdhYTMAKBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxpfX3diZ19nZXRfMjA4MGM0OTAxNWUzNTI1NAAQFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzG19fd2JnX3RoZW5fZTNmN2YyZDM2NTcwOGJlOAAQFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzJV9fd2JnX3F1ZXVlTWljcm90YXNrXzRhMWE0ZDhkZDMzMjM3M2IAGBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcylfX3diZ19fX3diaW5kZ2VuX2lzX251bGxfYzIyMzExYjFjYzIyOGUzYQALFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzLl9fd2JnX19fd2JpbmRnZW5faXNfdW5kZWZpbmVkX2JlNWIzNDI0OWZmMWZjMTUACxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcydfX3diZ19fX3diaW5kZ2VuX3Rocm93XzRjODhkOGJmMjY0ZmQ5ODQAAxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx9fX3diaW5kZ2VuX2luaXRfZXh0ZXJucmVmX3RhYmxlAAoXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDEADRcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwMgANA6YDpAMEBAMGBAcDARoDBgMBBAMEAAkBBwQCBAICAAQJGwApAwEEAAQDAxEFAwMDKgEEAwMOAQQEEQgEAQMFAwwBBAEEAQEDBwEBBgEHBAQDAQQrAQcEAhEEBAMDAgQDBAMCBQYSCCwOBgwEAQMHBwMKAwADBQYBDAQFBgUDAw4DAwMDHAIEAxoHAy0EBQIOAgIEAAIFEgAEAgUEAgUFCQwELi8wAAAFAwcDAQUCAwECAwkDCQECBTECAAcFAgEEAwEDAgAEBAQEBAIDBAEDAQEBAgEDAwECAwEBAwIDBAQBAQUCCQQIAQMCAAQEAg4HBAIMBAgDAx0CAxsDAzIzAAkDBwIIBDQCAgIDAzUCAwwDAwQHBQk2Nzg5OjsCAjwCAwMDBgYCAAMDAx4eBAIABQQBCQkcPQYdAQA+PwICAgICAgIBAQIEAgAAAgICBgIBBAIEAgICAgEBBgEBAQIDAwYBAQEBAQEBAQICAgEBAQECBAQCAwMBBwIIBAQDAQgCAwMCCgoAAAIKAQAAAwoDAwMGBgIBAQICAgIBAQEDAgIDAgYKCRIEAAUECwJwAYUBhQFvAIQIBQMBABEGGQN/AUGAgMAAC38AQdSUwQALfwBB7JjBAAsH2QQZBm1lbW9yeQIAEV9fd2JnX2J1bmRsZV9mcmVlAI8CEGJ1bmRsZV9idW5kbGVfaWQA0gINYnVuZGxlX2Nob29zZQClAg5idW5kbGVfZGVjcnlwdADhAhNidW5kbGVfZGVjcnlwdF93aXRoANwCDGJ1bmRsZV9lbnRyeQCtAgxidW5kbGVfbmFtZXMA0QILYnVuZGxlX29wZW4ApAINaGFzX3dlYmNyeXB0bwCrAgxzbG90X3NlY3Rpb24AswIPX19hYm9ydF9oYW5kbGVyAwEVX19pbnN0YW5jZV90ZXJtaW5hdGVkAwI9d2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oM2RjYTc0ZDFlZmQwOWVmMADiAj13YXNtX2JpbmRnZW5fX2NvbnZlcnRfX2Nsb3N1cmVzX19fX19pbnZva2VfX2g5M2UwNmEzMmMyNTdjNjQ3AMUCFF9fd2JpbmRnZW5fZXhuX3N0b3JlAJcDF19fZXh0ZXJucmVmX3RhYmxlX2FsbG9jAGEVX193YmluZGdlbl9leHRlcm5yZWZzAQEaX193YmluZGdlbl9kZXN0cm95X2Nsb3N1cmUAowIPX193YmluZGdlbl9mcmVlAJgDEV9fd2JpbmRnZW5fbWFsbG9jAIECEl9fd2JpbmRnZW5fcmVhbGxvYwCLAhlfX2V4dGVybnJlZl90YWJsZV9kZWFsbG9jANcBFl9fZXh0ZXJucmVmX2Ryb3Bfc2xpY2UAsgIQX193YmluZGdlbl9zdGFydAApCfsBAQBBAQuEAV32AXtxKrADwQPCA4sDnQOkAys+uwP+AmpspANMngG8A9MBsAGhArwCvAK2As0CsAHAArYCtgK2ArYBvAK+ArABwgKwAbYBywG9AsECtgHEAbABtgGwAckBsAHKAbYBsAGwAbABvwK7ArABtgK2As0CxAGwAcIBON8CaGNwxAPHA4QDkwKGApIChQKmA5ECc7IDgwOmA/0B+AKhA3W0AjPuAuEBbawDgwN4RfQBrQPFA5oCXvsC/QL6AvwCjQG4Ap8DvgO/A7cCwwKQAr0DtQGNA4oDiAP2AqYDkQLDA5YDjwOJA5QDkwOVA44DjAOxA9YBygMMARcKuc0HpAPGTgJZfgN/IwBBkAFrIlwkACABIAJBB3RqIV0gACkDOCEMIAApAzAhSiAAKQMoIUYgACkDICEYIAApAxghUiAAKQMQIUcgACkDCCE/IAApAwAhFwJAA0AgASBdRwRAQQAhAgNAIAJBgAFHBEAgXEEIaiACIAFBgAFBqIvBABCpAiBcKAIMIl5BB00NBCBcQRBqIAJqIFwoAggpAAAiA0I4hiADQoD+A4NCKIaEIANCgID8B4NCGIYgA0KAgID4D4NCCIaEhCADQgiIQoCAgPgPgyADQhiIQoCA/AeDhCADQiiIQoD+A4MgA0I4iISEhDcDACACQQhqIQIMAQsLQZCLwQApAwAhVkGYi8EAKQMAIVdBoIvBACkDACFYIAAgDCBcKQOIASIFIFwpA1giGyBcKQMQIkggXCkDGCIKQj+JIApCOImFIApCB4iFfHwgXCkDgAEiA0ItiSADQgOJhSADQgaIhXwiBEI/iSAEQjiJhSAEQgeIhXwgXCkDYCJAIAogXCkDICILQj+JIAtCOImFIAtCB4iFfHwgBUItiSAFQgOJhSAFQgaIhXwiBiBcKQNQIhQgG0I/iSAbQjiJhSAbQgeIhXx8IAUgXCkDQCJEIFwpA0giFUI/iSAVQjiJhSAVQgeIhXx8IFwpA3giSSBcKQMwIg8gXCkDOCJFQj+JIEVCOImFIEVCB4iFfHwgXCkDaCJBIAsgXCkDKCIRQj+JIBFCOImFIBFCB4iFfHwgBEItiSAEQgOJhSAEQgaIhXwiB0ItiSAHQgOJhSAHQgaIhXwiCEItiSAIQgOJhSAIQgaIhXwiCUItiSAJQgOJhSAJQgaIhXwiDXwgSSADQj+JIANCOImFIANCB4iFfCAJfCBBIFwpA3AiQkI/iSBCQjiJhSBCQgeIhXwgCHwgGyBAQj+JIEBCOImFIEBCB4iFfCAHfCAVIBRCP4kgFEI4iYUgFEIHiIV8IAR8IAMgRSBEQj+JIERCOImFIERCB4iFfHwgQiARIA9CP4kgD0I4iYUgD0IHiIV8fCAGQi2JIAZCA4mFIAZCBoiFfCIOQi2JIA5CA4mFIA5CBoiFfCIQQi2JIBBCA4mFIBBCBoiFfCISQi2JIBJCA4mFIBJCBoiFfCITQi2JIBNCA4mFIBNCBoiFfCIWQi2JIBZCA4mFIBZCBoiFfCIZQi2JIBlCA4mFIBlCBoiFfCIaQj+JIBpCOImFIBpCB4iFIAMgBUI/iSAFQjiJhSAFQgeIhXwgEnwgQiBJQj+JIElCOImFIElCB4iFfCAQfCBAIEFCP4kgQUI4iYUgQUIHiIV8IA58IA1CLYkgDUIDiYUgDUIGiIV8IhxCLYkgHEIDiYUgHEIGiIV8Ih1CLYkgHUIDiYUgHUIGiIV8Ih58IAZCP4kgBkI4iYUgBkIHiIUgBHwgE3wgHkItiSAeQgOJhSAeQgaIhXwiHyANQj+JIA1COImFIA1CB4iFIBJ8fCAJQj+JIAlCOImFIAlCB4iFIBB8IB58IAhCP4kgCEI4iYUgCEIHiIUgDnwgHXwgB0I/iSAHQjiJhSAHQgeIhSAGfCAcfCAaQi2JIBpCA4mFIBpCBoiFfCIgQi2JICBCA4mFICBCBoiFfCIhQi2JICFCA4mFICFCBoiFfCIiQi2JICJCA4mFICJCBoiFfCIjfCAZQj+JIBlCOImFIBlCB4iFIB18ICJ8IBZCP4kgFkI4iYUgFkIHiIUgHHwgIXwgE0I/iSATQjiJhSATQgeIhSANfCAgfCASQj+JIBJCOImFIBJCB4iFIAl8IBp8IBBCP4kgEEI4iYUgEEIHiIUgCHwgGXwgDkI/iSAOQjiJhSAOQgeIhSAHfCAWfCAfQi2JIB9CA4mFIB9CBoiFfCIkQi2JICRCA4mFICRCBoiFfCIlQi2JICVCA4mFICVCBoiFfCImQi2JICZCA4mFICZCBoiFfCInQi2JICdCA4mFICdCBoiFfCIoQi2JIChCA4mFIChCBoiFfCIpQi2JIClCA4mFIClCBoiFfCIqQj+JICpCOImFICpCB4iFIB5CP4kgHkI4iYUgHkIHiIUgGXwgJnwgHUI/iSAdQjiJhSAdQgeIhSAWfCAlfCAcQj+JIBxCOImFIBxCB4iFIBN8ICR8ICNCLYkgI0IDiYUgI0IGiIV8IitCLYkgK0IDiYUgK0IGiIV8IixCLYkgLEIDiYUgLEIGiIV8Ii18IB9CP4kgH0I4iYUgH0IHiIUgGnwgJ3wgLUItiSAtQgOJhSAtQgaIhXwiLiAjQj+JICNCOImFICNCB4iFICZ8fCAiQj+JICJCOImFICJCB4iFICV8IC18ICFCP4kgIUI4iYUgIUIHiIUgJHwgLHwgIEI/iSAgQjiJhSAgQgeIhSAffCArfCAqQi2JICpCA4mFICpCBoiFfCIvQi2JIC9CA4mFIC9CBoiFfCIwQi2JIDBCA4mFIDBCBoiFfCIxQi2JIDFCA4mFIDFCBoiFfCIyfCApQj+JIClCOImFIClCB4iFICx8IDF8IChCP4kgKEI4iYUgKEIHiIUgK3wgMHwgJ0I/iSAnQjiJhSAnQgeIhSAjfCAvfCAmQj+JICZCOImFICZCB4iFICJ8ICp8ICVCP4kgJUI4iYUgJUIHiIUgIXwgKXwgJEI/iSAkQjiJhSAkQgeIhSAgfCAofCAuQi2JIC5CA4mFIC5CBoiFfCIzQi2JIDNCA4mFIDNCBoiFfCI0Qi2JIDRCA4mFIDRCBoiFfCI1Qi2JIDVCA4mFIDVCBoiFfCI2Qi2JIDZCA4mFIDZCBoiFfCI3Qi2JIDdCA4mFIDdCBoiFfCI4Qi2JIDhCA4mFIDhCBoiFfCI5Qj+JIDlCOImFIDlCB4iFIC1CP4kgLUI4iYUgLUIHiIUgKXwgNXwgLEI/iSAsQjiJhSAsQgeIhSAofCA0fCArQj+JICtCOImFICtCB4iFICd8IDN8IDJCLYkgMkIDiYUgMkIGiIV8IjpCLYkgOkIDiYUgOkIGiIV8IjtCLYkgO0IDiYUgO0IGiIV8Ijx8IC5CP4kgLkI4iYUgLkIHiIUgKnwgNnwgPEItiSA8QgOJhSA8QgaIhXwiPSAyQj+JIDJCOImFIDJCB4iFIDV8fCAxQj+JIDFCOImFIDFCB4iFIDR8IDx8IDBCP4kgMEI4iYUgMEIHiIUgM3wgO3wgL0I/iSAvQjiJhSAvQgeIhSAufCA6fCA5Qi2JIDlCA4mFIDlCBoiFfCI+Qi2JID5CA4mFID5CBoiFfCJLQi2JIEtCA4mFIEtCBoiFfCJMQi2JIExCA4mFIExCBoiFfCJNfCA4Qj+JIDhCOImFIDhCB4iFIDt8IEx8IDdCP4kgN0I4iYUgN0IHiIUgOnwgS3wgNkI/iSA2QjiJhSA2QgeIhSAyfCA+fCA1Qj+JIDVCOImFIDVCB4iFIDF8IDl8IDRCP4kgNEI4iYUgNEIHiIUgMHwgOHwgM0I/iSAzQjiJhSAzQgeIhSAvfCA3fCA9Qi2JID1CA4mFID1CBoiFfCJDQi2JIENCA4mFIENCBoiFfCJOQi2JIE5CA4mFIE5CBoiFfCJPQi2JIE9CA4mFIE9CBoiFfCJQQi2JIFBCA4mFIFBCBoiFfCJRQi2JIFFCA4mFIFFCBoiFfCJTQi2JIFNCA4mFIFNCBoiFfCJUQYiLwQApAwB8QciGwQApAwAgD0GohsEAKQMAIEggGCBGgyAMfCBKIBhCf4WDfCAYQjKJIBhCLomFIBhCF4mFfHx8IkggUnwiDHx8QbCGwQApAwAgCiBKfHwgRiAMQn+Fg3wgDCAYg3wgDEIyiSAMQi6JhSAMQheJhXwiVSBHfCIKQcCGwQApAwAgESAYfHwgDEG4hsEAKQMAIAsgRnx8IBggCkJ/hYN8IAogDIN8IApCMokgCkIuiYUgCkIXiYV8IlkgP3wiC0J/hYN8IAogC4N8IAtCMokgC0IuiYUgC0IXiYV8IlogF3wiD0J/hYN8IAsgD4N8IA9CMokgD0IuiYUgD0IXiYV8IlsgF0IkiSAXQh6JhSAXQhmJhSA/IEeFIBeDID8gR4OFfCBIfCIMfCIRQeiGwQApAwAgFHx8QdCGwQApAwAgRXwgCnwgCyARQn+Fg3wgDyARg3wgEUIyiSARQi6JhSARQheJhXwiRSAMQiSJIAxCHomFIAxCGYmFIAwgFyA/hYMgFyA/g4V8IFV8Igp8IhRB4IbBACkDACAVfCAPfCARQdiGwQApAwAgRHwgC3wgDyAUQn+Fg3wgESAUg3wgFEIyiSAUQi6JhSAUQheJhXwiRCAKQiSJIApCHomFIApCGYmFIAogDCAXhYMgDCAXg4V8IFl8Igt8Ig9Cf4WDfCAPIBSDfCAPQjKJIA9CLomFIA9CF4mFfCJIIAtCJIkgC0IeiYUgC0IZiYUgCyAKIAyFgyAKIAyDhXwgWnwiDHwiEUJ/hYN8IA8gEYN8IBFCMokgEUIuiYUgEUIXiYV8IlUgDEIkiSAMQh6JhSAMQhmJhSAMIAogC4WDIAogC4OFfCBbfCIKfCIVIEJBiIfBACkDAHx8QfCGwQApAwAgG3wgFHwgDyAVQn+Fg3wgESAVg3wgFUIyiSAVQi6JhSAVQheJhXwiGyAKQiSJIApCHomFIApCGYmFIAogCyAMhYMgCyAMg4V8IEV8Igt8IhQgQUGAh8EAKQMAfCARfCAVQfiGwQApAwAgQHwgD3wgESAUQn+Fg3wgFCAVg3wgFEIyiSAUQi6JhSAUQheJhXwiQCALQiSJIAtCHomFIAtCGYmFIAsgCiAMhYMgCiAMg4V8IER8Igx8Ig9Cf4WDfCAPIBSDfCAPQjKJIA9CLomFIA9CF4mFfCJBIAxCJIkgDEIeiYUgDEIZiYUgDCAKIAuFgyAKIAuDhXwgSHwiCnwiEUJ/hYN8IA8gEYN8IBFCMokgEUIuiYUgEUIXiYV8IkIgCkIkiSAKQh6JhSAKQhmJhSAKIAsgDIWDIAsgDIOFfCBVfCILfCIVIARBqIfBACkDAHx8QZCHwQApAwAgSXwgFHwgDyAVQn+Fg3wgESAVg3wgFUIyiSAVQi6JhSAVQheJhXwiFCALQiSJIAtCHomFIAtCGYmFIAsgCiAMhYMgCiAMg4V8IBt8IgR8IgwgBUGgh8EAKQMAfCARfCAVIANBmIfBACkDAHwgD3wgESAMQn+Fg3wgDCAVg3wgDEIyiSAMQi6JhSAMQheJhXwiESAEQiSJIARCHomFIARCGYmFIAQgCiALhYMgCiALg4V8IEB8IgN8IgpCf4WDfCAKIAyDfCAKQjKJIApCLomFIApCF4mFfCIVIANCJIkgA0IeiYUgA0IZiYUgAyAEIAuFgyAEIAuDhXwgQXwiBXwiC0J/hYN8IAogC4N8IAtCMokgC0IuiYUgC0IXiYV8IhsgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCBCfCIEfCIPIAhByIfBACkDAHx8IAZBsIfBACkDAHwgDHwgCiAPQn+Fg3wgCyAPg3wgD0IyiSAPQi6JhSAPQheJhXwiDCAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBR8IgN8IgYgDkHAh8EAKQMAfCALfCAPIAdBuIfBACkDAHwgCnwgCyAGQn+Fg3wgBiAPg3wgBkIyiSAGQi6JhSAGQheJhXwiCiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBF8IgV8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCILIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgFXwiBHwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8Ig8gBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAbfCIDfCIOIA1B6IfBACkDAHx8IBBB0IfBACkDAHwgBnwgByAOQn+Fg3wgCCAOg3wgDkIyiSAOQi6JhSAOQheJhXwiDSADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IAx8IgV8IgYgEkHgh8EAKQMAfCAIfCAOIAlB2IfBACkDAHwgB3wgCCAGQn+Fg3wgBiAOg3wgBkIyiSAGQi6JhSAGQheJhXwiECAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IAp8IgR8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIOIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgC3wiA3wiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhIgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAPfCIFfCIJIB1BiIjBACkDAHx8IBNB8IfBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEyAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IA18IgR8IgYgFkGAiMEAKQMAfCAIfCAJIBxB+IfBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiDSAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBB8IgN8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIQIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgDnwiBXwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8Ig4gBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCASfCIEfCIJIB9BqIjBACkDAHx8IBlBkIjBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEiAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBN8IgN8IgYgGkGgiMEAKQMAfCAIfCAJIB5BmIjBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiEyADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IA18IgV8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCINIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgEHwiBHwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhAgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAOfCIDfCIJICVByIjBACkDAHx8ICBBsIjBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiDiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBJ8IgV8IgYgIUHAiMEAKQMAfCAIfCAJICRBuIjBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiEiAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBN8IgR8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCITIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgDXwiA3wiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8Ig0gA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAQfCIFfCIJICdB6IjBACkDAHx8ICJB0IjBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiECAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IA58IgR8IgYgI0HgiMEAKQMAfCAIfCAJICZB2IjBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiDiAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBJ8IgN8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCISIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgE3wiBXwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhMgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCANfCIEfCIJIClBiInBACkDAHx8ICtB8IjBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiDSAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBB8IgN8IgYgLEGAicEAKQMAfCAIfCAJIChB+IjBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiECADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IA58IgV8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIOIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgEnwiBHwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhIgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCATfCIDfCIJIC9BqInBACkDAHx8IC1BkInBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEyADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IA18IgV8IgYgLkGgicEAKQMAfCAIfCAJICpBmInBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiDSAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBB8IgR8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIQIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgDnwiA3wiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8Ig4gA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCASfCIFfCIJIDFByInBACkDAHx8IDNBsInBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEiAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBN8IgR8IgYgNEHAicEAKQMAfCAIfCAJIDBBuInBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiEyAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IA18IgN8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCINIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgEHwiBXwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhAgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCAOfCIEfCIJIDpB6InBACkDAHx8IDVB0InBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiDiAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBJ8IgN8IgYgNkHgicEAKQMAfCAIfCAJIDJB2InBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiEiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBN8IgV8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCITIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgDXwiBHwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8Ig0gBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAQfCIDfCIJIDxBiIrBACkDAHx8IDdB8InBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiECADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IA58IgV8IgYgOEGAisEAKQMAfCAIfCAJIDtB+InBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiDiAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBJ8IgR8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCISIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgE3wiA3wiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhMgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCANfCIFfCIJIENBqIrBACkDAHx8IDlBkIrBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiDSAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBB8IgR8IgYgPkGgisEAKQMAfCAIfCAJID1BmIrBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiECAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IA58IgN8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIOIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgEnwiBXwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhIgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCATfCIEfCIJIE9ByIrBACkDAHx8IEtBsIrBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEyAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IA18IgN8IgYgTEHAisEAKQMAfCAIfCAJIE5BuIrBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiDSADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBB8IgV8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIQIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgDnwiBHwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhYgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCASfCIDfCIJIFFB6IrBACkDAHx8IE1B0IrBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBN8IgV8IgYgOkI/iSA6QjiJhSA6QgeIhSA2fCBDfCBNQi2JIE1CA4mFIE1CBoiFfCIOQeCKwQApAwB8IAh8IAkgUEHYisEAKQMAfCAHfCAIIAZCf4WDfCAGIAmDfCAGQjKJIAZCLomFIAZCF4mFfCITIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgDXwiBHwiB0J/hYN8IAYgB4N8IAdCMokgB0IuiYUgB0IXiYV8IhkgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAQfCIDfCIIQn+Fg3wgByAIg3wgCEIyiSAIQi6JhSAIQheJhXwiGiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBZ8IgV8Igl8IAYgO0I/iSA7QjiJhSA7QgeIhSA3fCBOfCAOQi2JIA5CA4mFIA5CBoiFfCIGQfCKwQApAwB8fCAHIAlCf4WDfCAIIAmDfCAJQjKJIAlCLomFIAlCF4mFfCIWIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgEnwiBHwiDSA8Qj+JIDxCOImFIDxCB4iFIDh8IE98IAZCLYkgBkIDiYUgBkIGiIV8IhBBgIvBACkDAHwgCHwgCSBTQfiKwQApAwB8IAd8IAggDUJ/hYN8IAkgDYN8IA1CMokgDUIuiYUgDUIXiYV8IgYgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCATfCIDfCIHQn+Fg3wgByANg3wgB0IyiSAHQi6JhSAHQheJhXwiEiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBl8IgV8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCITIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgGnwiBHwiCXwiDDcDOCAAIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgFnwiA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAGfCIFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBJ8IgRCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgE3wiBiBSfCJSNwMYIAAgViA9Qj+JID1COImFID1CB4iFIDl8IFB8IBBCLYkgEEIDiYUgEEIGiIV8IhB8IA18IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8Ig0gA3wiAyBKfCJKNwMwIAAgBkIkiSAGQh6JhSAGQhmJhSAGIAQgBYWDIAQgBYOFfCANfCINIEd8Ikc3AxAgACA9IFd8ID5CP4kgPkI4iYUgPkIHiIV8IA58IFRCLYkgVEIDiYUgVEIGiIV8IAd8IAggA0J/hYN8IAMgCYN8IANCMokgA0IuiYUgA0IXiYV8IgcgBXwiBSBGfCJGNwMoIAAgDUIkiSANQh6JhSANQhmJhSANIAQgBoWDIAQgBoOFfCAHfCIHID98Ij83AwggACA+IFh8IENCP4kgQ0I4iYUgQ0IHiIV8IFF8IBBCLYkgEEIDiYUgEEIGiIV8IAh8IAkgBUJ/hYN8IAMgBYN8IAVCMokgBUIuiYUgBUIXiYV8IgMgBCAYfHwiGDcDICAAIAcgBiANhYMgBiANg4UgF3wgB0IkiSAHQh6JhSAHQhmJhXwgA3wiFzcDACABQYABaiEBDAELCyBcQZABaiQADwtBAEEIIF5BuIvBABBlAAuFPgFKfyMAQdAAayIVJAAgASACQQZ0aiFGIAAoAhwhCyAAKAIYITogACgCFCE2IAAoAhAhGCAAKAIMIUIgACgCCCE3IAAoAgQhLyAAKAIAIRcCQANAIAEgRkcEQEEAIQIDQCACQcAARwRAIBVBCGogAiABQcAAQYiGwQAQqQIgFSgCDCIDQQNNDQQgFUEQaiACaiAVKAIIKAAAIgNB/4H8B3FBCHggA0EYeEH/gfwHcXI2AgAgAkEEaiECDAELC0H8hcEAKAIAIUdBgIbBACgCACFIQYSGwQAoAgAhSSAAIAsgFSgCNCIbIBUoAhAiOCAVKAIUIglBGXcgCUEOd3MgCUEDdnNqaiAVKAJIIgJBD3cgAkENd3MgAkEKdnNqIgMgFSgCLCITIBUoAjAiEkEZdyASQQ53cyASQQN2c2pqIAIgFSgCJCI1IBUoAigiNEEZdyA0QQ53cyA0QQN2c2pqIBUoAkAiMCAVKAIcIg0gFSgCICIKQRl3IApBDndzIApBA3ZzamogFSgCOCIxIAkgFSgCGCIPQRl3IA9BDndzIA9BA3ZzamogFSgCTCIEQQ93IARBDXdzIARBCnZzaiIFQQ93IAVBDXdzIAVBCnZzaiIGQQ93IAZBDXdzIAZBCnZzaiIHQQ93IAdBDXdzIAdBCnZzaiIIIAIgBEEZdyAEQQ53cyAEQQN2c2pqIDAgFSgCRCI5QRl3IDlBDndzIDlBA3ZzaiAHaiAxIBUoAjwiMkEZdyAyQQ53cyAyQQN2c2ogBmogEiAbQRl3IBtBDndzIBtBA3ZzaiAFaiAEIDQgE0EZdyATQQ53cyATQQN2c2pqIDkgCiA1QRl3IDVBDndzIDVBA3ZzamogMiAPIA1BGXcgDUEOd3MgDUEDdnNqaiADQQ93IANBDXdzIANBCnZzaiIMQQ93IAxBDXdzIAxBCnZzaiIOQQ93IA5BDXdzIA5BCnZzaiIQQQ93IBBBDXdzIBBBCnZzaiIRQQ93IBFBDXdzIBFBCnZzaiIUQQ93IBRBDXdzIBRBCnZzaiIWQQ93IBZBDXdzIBZBCnZzaiIZQRl3IBlBDndzIBlBA3ZzIDkgAkEZdyACQQ53cyACQQN2c2ogEGogMiAwQRl3IDBBDndzIDBBA3ZzaiAOaiAbIDFBGXcgMUEOd3MgMUEDdnNqIAxqIAhBD3cgCEENd3MgCEEKdnNqIhpBD3cgGkENd3MgGkEKdnNqIhxBD3cgHEENd3MgHEEKdnNqIh1qIAQgA0EZdyADQQ53cyADQQN2c2ogEWogHUEPdyAdQQ13cyAdQQp2c2oiHiAIQRl3IAhBDndzIAhBA3ZzIBBqaiAHQRl3IAdBDndzIAdBA3ZzIA5qIB1qIAZBGXcgBkEOd3MgBkEDdnMgDGogHGogBUEZdyAFQQ53cyAFQQN2cyADaiAaaiAZQQ93IBlBDXdzIBlBCnZzaiIfQQ93IB9BDXdzIB9BCnZzaiIgQQ93ICBBDXdzICBBCnZzaiIhQQ93ICFBDXdzICFBCnZzaiIiaiAWQRl3IBZBDndzIBZBA3ZzIBxqICFqIBRBGXcgFEEOd3MgFEEDdnMgGmogIGogEUEZdyARQQ53cyARQQN2cyAIaiAfaiAQQRl3IBBBDndzIBBBA3ZzIAdqIBlqIA5BGXcgDkEOd3MgDkEDdnMgBmogFmogDEEZdyAMQQ53cyAMQQN2cyAFaiAUaiAeQQ93IB5BDXdzIB5BCnZzaiIjQQ93ICNBDXdzICNBCnZzaiIkQQ93ICRBDXdzICRBCnZzaiIlQQ93ICVBDXdzICVBCnZzaiImQQ93ICZBDXdzICZBCnZzaiInQQ93ICdBDXdzICdBCnZzaiIoQQ93IChBDXdzIChBCnZzaiIpQRl3IClBDndzIClBA3ZzIB1BGXcgHUEOd3MgHUEDdnMgFmogJWogHEEZdyAcQQ53cyAcQQN2cyAUaiAkaiAaQRl3IBpBDndzIBpBA3ZzIBFqICNqICJBD3cgIkENd3MgIkEKdnNqIipBD3cgKkENd3MgKkEKdnNqIitBD3cgK0ENd3MgK0EKdnNqIixqIB5BGXcgHkEOd3MgHkEDdnMgGWogJmogLEEPdyAsQQ13cyAsQQp2c2oiLSAiQRl3ICJBDndzICJBA3ZzICVqaiAhQRl3ICFBDndzICFBA3ZzICRqICxqICBBGXcgIEEOd3MgIEEDdnMgI2ogK2ogH0EZdyAfQQ53cyAfQQN2cyAeaiAqaiApQQ93IClBDXdzIClBCnZzaiIuQQ93IC5BDXdzIC5BCnZzaiI7QQ93IDtBDXdzIDtBCnZzaiI8QQ93IDxBDXdzIDxBCnZzaiI9aiAoQRl3IChBDndzIChBA3ZzICtqIDxqICdBGXcgJ0EOd3MgJ0EDdnMgKmogO2ogJkEZdyAmQQ53cyAmQQN2cyAiaiAuaiAlQRl3ICVBDndzICVBA3ZzICFqIClqICRBGXcgJEEOd3MgJEEDdnMgIGogKGogI0EZdyAjQQ53cyAjQQN2cyAfaiAnaiAtQQ93IC1BDXdzIC1BCnZzaiIzQQ93IDNBDXdzIDNBCnZzaiI+QQ93ID5BDXdzID5BCnZzaiI/QQ93ID9BDXdzID9BCnZzaiJAQQ93IEBBDXdzIEBBCnZzaiJBQQ93IEFBDXdzIEFBCnZzaiJDQQ93IENBDXdzIENBCnZzaiJEQfiFwQAoAgBqQZiEwQAoAgAgCkGIhMEAKAIAIDggGCA2cSALaiA6IBhBf3NxaiAYQRp3IBhBFXdzIBhBB3dzampqIjggQmoiC2pqQYyEwQAoAgAgCSA6amogNiALQX9zcWogCyAYcWogC0EadyALQRV3cyALQQd3c2oiRSA3aiIJQZSEwQAoAgAgDSAYamogC0GQhMEAKAIAIA8gNmpqIBggCUF/c3FqIAkgC3FqIAlBGncgCUEVd3MgCUEHd3NqIkogL2oiCkF/c3FqIAkgCnFqIApBGncgCkEVd3MgCkEHd3NqIksgF2oiDUF/c3FqIAogDXFqIA1BGncgDUEVd3MgDUEHd3NqIkwgF0EedyAXQRN3cyAXQQp3cyAvIDdzIBdxIC8gN3FzaiA4aiILaiIPIBJBqITBACgCAGpqIDVBnITBACgCAGogCWogCiAPQX9zcWogDSAPcWogD0EadyAPQRV3cyAPQQd3c2oiNSALQR53IAtBE3dzIAtBCndzIAsgFyAvc3EgFyAvcXNqIEVqIglqIhIgE0GkhMEAKAIAaiANaiAPIDRBoITBACgCAGogCmogDSASQX9zcWogDyAScWogEkEadyASQRV3cyASQQd3c2oiNCAJQR53IAlBE3dzIAlBCndzIAkgCyAXc3EgCyAXcXNqIEpqIgpqIg1Bf3NxaiANIBJxaiANQRp3IA1BFXdzIA1BB3dzaiI4IApBHncgCkETd3MgCkEKd3MgCiAJIAtzcSAJIAtxc2ogS2oiC2oiD0F/c3FqIA0gD3FqIA9BGncgD0EVd3MgD0EHd3NqIkUgC0EedyALQRN3cyALQQp3cyALIAkgCnNxIAkgCnFzaiBMaiIJaiITIDBBuITBACgCAGpqIBtBrITBACgCAGogEmogDSATQX9zcWogDyATcWogE0EadyATQRV3cyATQQd3c2oiGyAJQR53IAlBE3dzIAlBCndzIAkgCiALc3EgCiALcXNqIDVqIgpqIhIgMkG0hMEAKAIAaiAPaiATIDFBsITBACgCAGogDWogDyASQX9zcWogEiATcWogEkEadyASQRV3cyASQQd3c2oiMCAKQR53IApBE3dzIApBCndzIAogCSALc3EgCSALcXNqIDRqIgtqIg1Bf3NxaiANIBJxaiANQRp3IA1BFXdzIA1BB3dzaiIxIAtBHncgC0ETd3MgC0EKd3MgCyAJIApzcSAJIApxc2ogOGoiCWoiD0F/c3FqIA0gD3FqIA9BGncgD0EVd3MgD0EHd3NqIjIgCUEedyAJQRN3cyAJQQp3cyAJIAogC3NxIAogC3FzaiBFaiIKaiITIANByITBACgCAGpqIDlBvITBACgCAGogEmogDSATQX9zcWogDyATcWogE0EadyATQRV3cyATQQd3c2oiEiAKQR53IApBE3dzIApBCndzIAogCSALc3EgCSALcXNqIBtqIgNqIgsgBEHEhMEAKAIAaiAPaiATIAJBwITBACgCAGogDWogDyALQX9zcWogCyATcWogC0EadyALQRV3cyALQQd3c2oiDyADQR53IANBE3dzIANBCndzIAMgCSAKc3EgCSAKcXNqIDBqIgJqIglBf3NxaiAJIAtxaiAJQRp3IAlBFXdzIAlBB3dzaiITIAJBHncgAkETd3MgAkEKd3MgAiADIApzcSADIApxc2ogMWoiBGoiCkF/c3FqIAkgCnFqIApBGncgCkEVd3MgCkEHd3NqIhsgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAyaiIDaiINIA5B2ITBACgCAGpqIAVBzITBACgCAGogC2ogCSANQX9zcWogCiANcWogDUEadyANQRV3cyANQQd3c2oiCyADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBJqIgJqIgUgBkHUhMEAKAIAaiAKaiANIAxB0ITBACgCAGogCWogCiAFQX9zcWogBSANcWogBUEadyAFQRV3cyAFQQd3c2oiCSACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIA9qIgRqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIKIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogE2oiA2oiDEF/c3FqIAYgDHFqIAxBGncgDEEVd3MgDEEHd3NqIg0gA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAbaiICaiIOIBFB6ITBACgCAGpqIAdB3ITBACgCAGogBWogBiAOQX9zcWogDCAOcWogDkEadyAOQRV3cyAOQQd3c2oiESACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIAtqIgRqIgUgCEHkhMEAKAIAaiAMaiAOIBBB4ITBACgCAGogBmogDCAFQX9zcWogBSAOcWogBUEadyAFQRV3cyAFQQd3c2oiDCAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIAlqIgNqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIOIANBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogCmoiAmoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIhAgAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiANaiIEaiIIIBZB+ITBACgCAGpqIBpB7ITBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiFiAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBFqIgNqIgUgHEH0hMEAKAIAaiAHaiAIIBRB8ITBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiESADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIAxqIgJqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIMIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogDmoiBGoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIg4gBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAQaiIDaiIIIB9BiIXBACgCAGpqIB1B/ITBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiECADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBZqIgJqIgUgHkGEhcEAKAIAaiAHaiAIIBlBgIXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiFCACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBFqIgRqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIRIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogDGoiA2oiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIgwgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAOaiICaiIIICFBmIXBACgCAGpqICNBjIXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiDiACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBBqIgRqIgUgJEGUhcEAKAIAaiAHaiAIICBBkIXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiECAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBRqIgNqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIUIANBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogEWoiAmoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIhEgAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiAMaiIEaiIIICpBqIXBACgCAGpqICVBnIXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiDCAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIA5qIgNqIgUgJkGkhcEAKAIAaiAHaiAIICJBoIXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiDiADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBBqIgJqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIQIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogFGoiBGoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIhQgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiARaiIDaiIIICxBuIXBACgCAGpqICdBrIXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiESADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIAxqIgJqIgUgKEG0hcEAKAIAaiAHaiAIICtBsIXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiDCACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIA5qIgRqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIOIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogEGoiA2oiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIhAgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAUaiICaiIIIDNByIXBACgCAGpqIClBvIXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiFCACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBFqIgRqIgUgLkHEhcEAKAIAaiAHaiAIIC1BwIXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiESAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIAxqIgNqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIMIANBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogDmoiAmoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIg4gAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiAQaiIEaiIIID9B2IXBACgCAGpqIDtBzIXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiECAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBRqIgNqIgUgPEHUhcEAKAIAaiAHaiAIID5B0IXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiFCADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBFqIgJqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIRIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogDGoiBGoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIgwgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAOaiIDaiIIIEFB6IXBACgCAGpqID1B3IXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiFiADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBBqIgJqIgUgKkEZdyAqQQ53cyAqQQN2cyAmaiAzaiA9QQ93ID1BDXdzID1BCnZzaiIOQeSFwQAoAgBqIAdqIAggQEHghcEAKAIAaiAGaiAHIAVBf3NxaiAFIAhxaiAFQRp3IAVBFXdzIAVBB3dzaiIZIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogFGoiBGoiBkF/c3FqIAUgBnFqIAZBGncgBkEVd3MgBkEHd3NqIhQgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiARaiIDaiIHQX9zcWogBiAHcWogB0EadyAHQRV3cyAHQQd3c2oiESADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIAxqIgJqIghqIAUgK0EZdyArQQ53cyArQQN2cyAnaiA+aiAOQQ93IA5BDXdzIA5BCnZzaiIFQeyFwQAoAgBqaiAGIAhBf3NxaiAHIAhxaiAIQRp3IAhBFXdzIAhBB3dzaiIaIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogFmoiBGoiDCAsQRl3ICxBDndzICxBA3ZzIChqID9qIAVBD3cgBUENd3MgBUEKdnNqIhBB9IXBACgCAGogB2ogCCBDQfCFwQAoAgBqIAZqIAcgDEF/c3FqIAggDHFqIAxBGncgDEEVd3MgDEEHd3NqIgUgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAZaiIDaiIGQX9zcWogBiAMcWogBkEadyAGQRV3cyAGQQd3c2oiFiADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBRqIgJqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIUIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogEWoiBGoiCGoiCzYCHCAAIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogGmoiA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAFaiICQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBZqIgRBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogFGoiBSBCaiJCNgIMIAAgRyAtQRl3IC1BDndzIC1BA3ZzIClqIEBqIBBBD3cgEEENd3MgEEEKdnNqIhBqIAxqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIgwgA2oiAyA6aiI6NgIYIAAgBUEedyAFQRN3cyAFQQp3cyAFIAIgBHNxIAIgBHFzaiAMaiIMIDdqIjc2AgggACAtIEhqIC5BGXcgLkEOd3MgLkEDdnNqIA5qIERBD3cgREENd3MgREEKdnNqIAZqIAcgA0F/c3FqIAMgCHFqIANBGncgA0EVd3MgA0EHd3NqIgYgAmoiAiA2aiI2NgIUIAAgDEEedyAMQRN3cyAMQQp3cyAMIAQgBXNxIAQgBXFzaiAGaiIGIC9qIi82AgQgACAuIElqIDNBGXcgM0EOd3MgM0EDdnNqIEFqIBBBD3cgEEENd3MgEEEKdnNqIAdqIAggAkF/c3FqIAIgA3FqIAJBGncgAkEVd3MgAkEHd3NqIgIgBCAYamoiGDYCECAAIAYgBSAMc3EgBSAMcXMgF2ogBkEedyAGQRN3cyAGQQp3c2ogAmoiFzYCACABQUBrIQEMAQsLIBVB0ABqJAAPC0EAQQQgA0GYhsEAEGUAC5IpAg1/D34jAEGgCWsiAiQAIAEoAgQhBiABKAIAIQcgASgCCCEFIAJBCGogACgCACIIELEBIAIgCDYCyAcgAEEEaiEJIAVBAnYhCiACQYgHaiELA0AgBCAKRwRAIAJB0AdqEN0BIAJBkAhqEN0BQQAhAQNAIAFBwABGRQRAIAJB4AhqIAkQmwEgAkGQCGogAWoiACACKQDoCDcACCAAIAIpAOAINwAAIAFBEGohAQwBCwsgAiACMQDECCACMQDFCEIQhoQgAjEAxghCIIaEIAIxAMcIQjCGhCACMQDMCEIIhoQgAjEAzQhCGIaEIAIxAM4IQiiGhCACMQDPCEI4hoQiDyACMQC0CCACMQC1CEIQhoQgAjEAtghCIIaEIAIxALcIQjCGhCACMQC8CEIIhoQgAjEAvQhCGIaEIAIxAL4IQiiGhCACMQC/CEI4hoQiEEIBiIVC1arVqtWq1arVAIMiESAPhSIPIAIxAKQIIAIxAKUIQhCGhCACMQCmCEIghoQgAjEApwhCMIaEIAIxAKwIQgiGhCACMQCtCEIYhoQgAjEArghCKIaEIAIxAK8IQjiGhCISIAIxAJQIIAIxAJUIQhCGhCACMQCWCEIghoQgAjEAlwhCMIaEIAIxAJwIQgiGhCACMQCdCEIYhoQgAjEAnghCKIaEIAIxAJ8IQjiGhCITQgGIhULVqtWq1arVqtUAgyIUIBKFIhJCAoiFQrPmzJmz5syZM4MiFiAPhSIPIAIxAMAIIAIxAMEIQhCGhCACMQDCCEIghoQgAjEAwwhCMIaEIAIxAMgIQgiGhCACMQDJCEIYhoQgAjEAyghCKIaEIAIxAMsIQjiGhCIVIAIxALAIIAIxALEIQhCGhCACMQCyCEIghoQgAjEAswhCMIaEIAIxALgIQgiGhCACMQC5CEIYhoQgAjEAughCKIaEIAIxALsIQjiGhCIXQgGIhULVqtWq1arVqtUAgyIZIBWFIhUgAjEAoAggAjEAoQhCEIaEIAIxAKIIQiCGhCACMQCjCEIwhoQgAjEAqAhCCIaEIAIxAKkIQhiGhCACMQCqCEIohoQgAjEAqwhCOIaEIhggAjEAkAggAjEAkQhCEIaEIAIxAJIIQiCGhCACMQCTCEIwhoQgAjEAmAhCCIaEIAIxAJkIQhiGhCACMQCaCEIohoQgAjEAmwhCOIaEIhpCAYiFQtWq1arVqtWq1QCDIhsgGIUiGEICiIVCs+bMmbPmzJkzgyIcIBWFIhVCBIiFQo+evPjw4cOHD4MiHSAPhTcDmAkgAiARQgGGIBCFIg8gFEIBhiAThSIQQgKIhUKz5syZs+bMmTODIhEgD4UiDyAZQgGGIBeFIhMgG0IBhiAahSIUQgKIhUKz5syZs+bMmTODIhcgE4UiE0IEiIVCj568+PDhw4cPgyIZIA+FNwOQCSACIBZCAoYgEoUiDyAcQgKGIBiFIhJCBIiFQo+evPjw4cOHD4MiFiAPhTcDiAkgAiAdQgSGIBWFNwP4CCACIBFCAoYgEIUiDyAXQgKGIBSFIhBCBIiFQo+evPjw4cOHD4MiESAPhTcDgAkgAiAZQgSGIBOFNwPwCCACIBZCBIYgEoU3A+gIIAIgEUIEhiAQhTcD4AhBACEBA0ACQCACQeAIaiIDIAJBCGogAWoiABCcAiADEEQgAiACKQOQCSIPQjyJQoDgg4CPgLyAcIMgD0IsiUL/n/z/8P/D/w+DhCISIA+FIhAgAikDmAkiD0I8iUKA4IOAj4C8gHCDIA9CLIlC/5/8//D/w/8Pg4QiESAPIBGFIg9CKIlCgP6D+I/gv4B/gyAPQhiJQv+B/Ifwn8D/AIOEhYU3A5gJIAIgAikDiAkiEUI8iUKA4IOAj4C8gHCDIBFCLIlC/5/8//D/w/8Pg4QiEyARhSIRIBIgEEIoiUKA/oP4j+C/gH+DIBBCGIlC/4H8h/CfwP8Ag4SFhTcDkAkgAiACKQOACSIQQjyJQoDgg4CPgLyAcIMgEEIsiUL/n/z/8P/D/w+DhCIWIBCFIhAgEyARQiiJQoD+g/iP4L+Af4MgEUIYiUL/gfyH8J/A/wCDhIWFNwOICSACIAIpA+gIIhFCPIlCgOCDgI+AvIBwgyARQiyJQv+f/P/w/8P/D4OEIhUgEYUiESACKQPwCCISQjyJQoDgg4CPgLyAcIMgEkIsiUL/n/z/8P/D/w+DhCITIBIgE4UiEkIoiUKA/oP4j+C/gH+DIBJCGIlC/4H8h/CfwP8Ag4SFhTcD8AggAiACKQPgCCITQjyJQoDgg4CPgLyAcIMgE0IsiUL/n/z/8P/D/w+DhCIUIBOFIhNCKIlCgP6D+I/gv4B/gyATQhiJQv+B/Ifwn8D/AIOEIBSFIA+FNwPgCCACIAIpA/gIIhRCPIlCgOCDgI+AvIBwgyAUQiyJQv+f/P/w/8P/D4OEIhcgFIUiFCAWIBBCKIlCgP6D+I/gv4B/gyAQQhiJQv+B/Ifwn8D/AIOEhYUgD4U3A4AJIAIgFyAUQiiJQoD+g/iP4L+Af4MgFEIYiUL/gfyH8J/A/wCDhIUgEoUgD4U3A/gIIAIgFSARQiiJQoD+g/iP4L+Af4MgEUIYiUL/gfyH8J/A/wCDhIUgE4UgD4U3A+gIIAMgAEFAayIAEJwCIAFBgAZGBEBBACEBA0AgAUHAAEYNAiACQeAIaiABaiIAIAApAwAiD0IIiCAPhUKAgPyHgIDA/wCDQoECfiAPhTcDACABQQhqIQEMAAsABSACQeAIaiIDEEQgAiACKQOQCSIPQjiJQoD+g/iP4L+Af4MgD0IoiUL/gfyH8J/A/wCDhCIRIA+FIhIgAikDmAkiD0I4iUKA/oP4j+C/gH+DIA9CKIlC/4H8h/CfwP8Ag4QiECAPIBCFIg9CIImFhTcDmAkgAiACKQOICSIQQjiJQoD+g/iP4L+Af4MgEEIoiUL/gfyH8J/A/wCDhCITIBCFIhQgESASQiCJhYU3A5AJIAIgAikDgAkiEEI4iUKA/oP4j+C/gH+DIBBCKIlC/4H8h/CfwP8Ag4QiESAQhSISIBMgFEIgiYWFNwOICSACIAIpA+gIIhBCOIlCgP6D+I/gv4B/gyAQQiiJQv+B/Ifwn8D/AIOEIhMgEIUiFCACKQPwCCIQQjiJQoD+g/iP4L+Af4MgEEIoiUL/gfyH8J/A/wCDhCIWIBAgFoUiFkIgiYWFNwPwCCACIAIpA+AIIhBCOIlCgP6D+I/gv4B/gyAQQiiJQv+B/Ifwn8D/AIOEIhUgEIUiF0IgiSAVhSAPhTcD4AggAiACKQP4CCIQQjiJQoD+g/iP4L+Af4MgEEIoiUL/gfyH8J/A/wCDhCIVIBCFIhAgESASQiCJhYUgD4U3A4AJIAIgFSAQQiCJhSAWhSAPhTcD+AggAiATIBRCIImFIBeFIA+FNwPoCCADIABBQGsQnAIgAxBEIAIgAikDkAkiD0I0iULw/8P/j/6/eIMgD0IkiUKPgLyA8IHAB4OEIhIgD4UiECACKQOYCSIPQjSJQvD/w/+P/r94gyAPQiSJQo+AvIDwgcAHg4QiESAPIBGFIg9CKIlCgP6D+I/gv4B/gyAPQhiJQv+B/Ifwn8D/AIOEhYU3A5gJIAIgAikDiAkiEUI0iULw/8P/j/6/eIMgEUIkiUKPgLyA8IHAB4OEIhMgEYUiESASIBBCKIlCgP6D+I/gv4B/gyAQQhiJQv+B/Ifwn8D/AIOEhYU3A5AJIAIgAikDgAkiEEI0iULw/8P/j/6/eIMgEEIkiUKPgLyA8IHAB4OEIhYgEIUiECATIBFCKIlCgP6D+I/gv4B/gyARQhiJQv+B/Ifwn8D/AIOEhYU3A4gJIAIgAikD6AgiEUI0iULw/8P/j/6/eIMgEUIkiUKPgLyA8IHAB4OEIhUgEYUiESACKQPwCCISQjSJQvD/w/+P/r94gyASQiSJQo+AvIDwgcAHg4QiEyASIBOFIhJCKIlCgP6D+I/gv4B/gyASQhiJQv+B/Ifwn8D/AIOEhYU3A/AIIAIgAikD4AgiE0I0iULw/8P/j/6/eIMgE0IkiUKPgLyA8IHAB4OEIhQgE4UiE0IoiUKA/oP4j+C/gH+DIBNCGIlC/4H8h/CfwP8Ag4QgFIUgD4U3A+AIIAIgAikD+AgiFEI0iULw/8P/j/6/eIMgFEIkiUKPgLyA8IHAB4OEIhcgFIUiFCAWIBBCKIlCgP6D+I/gv4B/gyAQQhiJQv+B/Ifwn8D/AIOEhYUgD4U3A4AJIAIgFyAUQiiJQoD+g/iP4L+Af4MgFEIYiUL/gfyH8J/A/wCDhIUgEoUgD4U3A/gIIAIgFSARQiiJQoD+g/iP4L+Af4MgEUIYiUL/gfyH8J/A/wCDhIUgE4UgD4U3A+gIIAMgAEGAAWoQnAIgAxBEIAIgAikDkAkiD0IwiSIQIA+FIhEgAikDmAkiD0IwiSISIA8gEoUiD0IgiYWFNwOYCSACIAIpA4gJIhJCMIkiEyAShSISIBAgEUIgiYWFNwOQCSACIAIpA4AJIhBCMIkiESAQhSIQIBMgEkIgiYWFNwOICSACIAIpA+gIIhJCMIkiEyAShSISIAIpA/AIIhRCMIkiFiAUIBaFIhRCIImFhTcD8AggAiACKQPgCCIWQjCJIhUgFoUiFkIgiSAVhSAPhTcD4AggAiACKQP4CCIVQjCJIhcgFYUiFSARIBBCIImFhSAPhTcDgAkgAiAXIBVCIImFIBSFIA+FNwP4CCACIBMgEkIgiYUgFoUgD4U3A+gIIAFBgAJqIQEMAgsACwsgAkHgCGoiABBEIAAgCxCcAiACIAIpA5gJIg8gAikDkAkiEEIBiIVC1arVqtWq1arVAIMiESAPhSIPIAIpA4gJIhIgAikDgAkiE0IBiIVC1arVqtWq1arVAIMiFCAShSISQgKIhUKz5syZs+bMmTODIhYgD4UiDyACKQP4CCIVIAIpA/AIIhdCAYiFQtWq1arVqtWq1QCDIhkgFYUiFSACKQPoCCIYIAIpA+AIIhpCAYiFQtWq1arVqtWq1QCDIhsgGIUiGEICiIVCs+bMmbPmzJkzgyIcIBWFIhVCBIiFQo+evPjw4cOHD4MiHSAPhSIPPACECCACIA9COIg8AI8IIAIgD0IoiDwAjgggAiAPQhiIPACNCCACIA9CCIg8AIwIIAIgD0IwiDwAhwggAiAPQiCIPACGCCACIA9CEIg8AIUIIAIgHUIEhiAVhSIPPACACCACIA9COIg8AIsIIAIgD0IoiDwAigggAiAPQhiIPACJCCACIA9CCIg8AIgIIAIgD0IwiDwAgwggAiAPQiCIPACCCCACIA9CEIg8AIEIIAIgECARQgGGhSIPIBMgFEIBhoUiEEICiIVCs+bMmbPmzJkzgyIRIA+FIg8gFyAZQgGGhSITIBogG0IBhoUiFEICiIVCs+bMmbPmzJkzgyIVIBOFIhNCBIiFQo+evPjw4cOHD4MiFyAPhSIPPAD0ByACIA9COIg8AP8HIAIgD0IoiDwA/gcgAiAPQhiIPAD9ByACIA9CCIg8APwHIAIgD0IwiDwA9wcgAiAPQiCIPAD2ByACIA9CEIg8APUHIAIgFkIChiAShSIPIBxCAoYgGIUiEkIEiIVCj568+PDhw4cPgyIWIA+FIg88AOQHIAIgD0I4iDwA7wcgAiAPQiiIPADuByACIA9CGIg8AO0HIAIgD0IIiDwA7AcgAiAPQjCIPADnByACIA9CIIg8AOYHIAIgD0IQiDwA5QcgAiAXQgSGIBOFIg88APAHIAIgD0I4iDwA+wcgAiAPQiiIPAD6ByACIA9CGIg8APkHIAIgD0IIiDwA+AcgAiAPQjCIPADzByACIA9CIIg8APIHIAIgD0IQiDwA8QcgAiAWQgSGIBKFIg88AOAHIAIgD0I4iDwA6wcgAiAPQiiIPADqByACIA9CGIg8AOkHIAIgD0IIiDwA6AcgAiAPQjCIPADjByACIA9CIIg8AOIHIAIgD0IQiDwA4QcgAiARQgKGIBCFIg8gFUIChiAUhSIQQgSIhUKPnrz48OHDhw+DIhEgD4UiDzwA1AcgAiAPQjiIPADfByACIA9CKIg8AN4HIAIgD0IYiDwA3QcgAiAPQgiIPADcByACIA9CMIg8ANcHIAIgD0IgiDwA1gcgAiAPQhCIPADVByACIBFCBIYgEIUiDzwA0AcgAiAPQjiIPADbByACIA9CKIg8ANoHIAIgD0IYiDwA2QcgAiAPQgiIPADYByACIA9CMIg8ANMHIAIgD0IgiDwA0gcgAiAPQhCIPADRByACQZAIaiAHIARBBnQiA2pBwAD8CgAAIAAQ3QFBACEAA0ACQCAAQQRHBEAgAkHgCGogAEEEdGohDEEAIQEDQCABQRBGDQIgAkGQCGogAEHI3MAAENUCIAFB2NzAABDgAi0AACENIAJB0AdqIABB6NzAABDVAiABQfjcwAAQ4AItAAAhDiAMIAFBiN3AABDgAiANIA5zOgAAIAFBAWohAQwACwALIAMgBmogAkHgCGpBwAD8CgAAIARBAWohBAwDCyAAQQFqIQAMAAsACwsgBUEDcSIKQQR0IQAgAkHgCGoiARDdAQNAIAAEQCACQdAIaiIDIAkQmwEgAkHQB2oiBBCDAiAEIAMQ9QEgAkGQCGogCCAEEDAgASACKQCYCDcACCABIAIpAJAINwAAIABBEGshACABQRBqIQEMAQUgBiAFQQR0QUBxIgBqIQUgACAHaiEGQQAhAANAIAAgCkZFBEAgAiAGIABBBHQiBGoiASkACDcD2AcgAiABKQAANwPQByACQeAIaiAEaiEHIAJBkAhqEP4BQQAhAQNAIAFBEEZFBEAgAkHQB2ogAUGY3MAAEOACLQAAIQggByABQajcwAAQ4AItAAAhCSACQZAIaiABQbjcwAAQ4AIgCCAJczoAACABQQFqIQEMAQsLIAQgBWoiASACKQCYCDcACCABIAIpAJAINwAAIABBAWohAAwBCwsgAkGgCWokAAsLC48kAgh/AX4CQAJAAkACQCAAQfUBTwRAIABBzP97SwRAQQAPCyAAQQtqIgFBeHEhBUGgmMEAKAIAIghFDQJBHyEHIABB9f//B08NASAFQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qIQcMAQsCQAJAAkACQAJAQZyYwQAoAgAiAkEQIABBC2pB+ANxIABBC0kbIgVBA3YiAHYiAUEDcQRAIAFBf3NBAXEgAGoiBkEDdCIAQZSWwQBqIgQgAEGclsEAaigCACIBKAIIIgNGDQEgAyAENgIMIAQgAzYCCAwCCyAFQaSYwQAoAgBNDQYgAQ0CQaCYwQAoAgAiAEUNBiAAaEECdEGElcEAaigCACIBKAIEQXhxIAVrIQMgASECA0ACQCABKAIQIgANACABKAIUIgANACACKAIYIQcCQAJAIAIgAigCDCIARgRAIAJBFEEQIAIoAhQiABtqKAIAIgENAUEAIQAMAgsgAigCCCIBIAA2AgwgACABNgIIDAELIAJBFGogAkEQaiAAGyEEA0AgBCEGIAEiAEEUaiAAQRBqIAAoAhQiARshBCAAQRRBECABG2ooAgAiAQ0ACyAGQQA2AgALIAdFDQYCQCACKAIcQQJ0QYSVwQBqIgEoAgAgAkcEQCACIAcoAhBHBEAgByAANgIUIAANAgwJCyAHIAA2AhAgAA0BDAgLIAEgADYCACAARQ0GCyAAIAc2AhggAigCECIBBEAgACABNgIQIAEgADYCGAsgAigCFCIBRQ0GIAAgATYCFCABIAA2AhgMBgsgACgCBEF4cSAFayIBIAMgASADSSIBGyEDIAAgAiABGyECIAAhAQwACwALQZyYwQAgAkF+IAZ3cTYCAAsgASAAQQNyNgIEIAAgAWoiACAAKAIEQQFyNgIEIAFBCGoPCwJAQQIgAHQiBEEAIARrciABIAB0cWgiBkEDdCIBQZSWwQBqIgQgAUGclsEAaigCACIAKAIIIgNHBEAgAyAENgIMIAQgAzYCCAwBC0GcmMEAIAJBfiAGd3E2AgALIAAgBUEDcjYCBCAAIAVqIgcgASAFayIGQQFyNgIEIAAgAWogBjYCAEGkmMEAKAIAIgIEQEGsmMEAKAIAIQECQEGcmMEAKAIAIgRBASACQQN2dCIDcUUEQEGcmMEAIAMgBHI2AgAgAkF4cUGUlsEAaiIDIQQMAQsgAkF4cSICQZSWwQBqIQQgAkGclsEAaigCACEDCyAEIAE2AgggAyABNgIMIAEgBDYCDCABIAM2AggLQayYwQAgBzYCAEGkmMEAIAY2AgAMBQtBoJjBAEGgmMEAKAIAQX4gAigCHHdxNgIACwJAAkAgA0EQTwRAIAIgBUEDcjYCBCACIAVqIgYgA0EBcjYCBCADIAZqIAM2AgBBpJjBACgCACIBRQ0BQayYwQAoAgAhAAJAQZyYwQAoAgAiBEEBIAFBA3Z0IgdxRQRAQZyYwQAgBCAHcjYCACABQXhxQZSWwQBqIgQhAQwBCyABQXhxIgRBlJbBAGohASAEQZyWwQBqKAIAIQQLIAEgADYCCCAEIAA2AgwgACABNgIMIAAgBDYCCAwBCyACIAMgBWoiAEEDcjYCBCAAIAJqIgAgACgCBEEBcjYCBAwBC0GsmMEAIAY2AgBBpJjBACADNgIACyACQQhqIgBFDQEMAgtBACAFayEDAkACQAJAIAdBAnRBhJXBAGooAgAiAkUEQEEAIQFBACEADAELQQAhASAFQRkgB0EBdmtBACAHQR9HG3QhBEEAIQADQAJAIAIoAgRBeHEiBiAFSQ0AIAYgBWsiBiADTw0AIAIhASAGIgMNAEEAIQMgASEADAMLIAIoAhQiBiAAIAYgAiAEQR12QQRxaigCECICRxsgACAGGyEAIARBAXQhBCACDQALCyAAIAFyRQRAQQAhAUECIAd0IgBBACAAa3IgCHEiAEUNAyAAaEECdEGElcEAaigCACEACyAARQ0BCwNAIAMgACgCBEF4cSIEIAVrIgIgAyACIANJIgYbIAQgBUkiBBshAyABIAAgASAGGyAEGyEBIAAoAhAiAgR/IAIFIAAoAhQLIgANAAsLIAFFDQAgBUGkmMEAKAIAIgBNIAMgACAFa09xDQAgASgCGCEHAkACQCABIAEoAgwiAEYEQCABQRRBECABKAIUIgAbaigCACICDQFBACEADAILIAEoAggiAiAANgIMIAAgAjYCCAwBCyABQRRqIAFBEGogABshBANAIAQhBiACIgBBFGogAEEQaiAAKAIUIgIbIQQgAEEUQRAgAhtqKAIAIgINAAsgBkEANgIACwJAIAdFDQACQAJAIAEoAhxBAnRBhJXBAGoiAigCACABRwRAIAEgBygCEEcEQCAHIAA2AhQgAA0CDAQLIAcgADYCECAADQEMAwsgAiAANgIAIABFDQELIAAgBzYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABKAIUIgJFDQEgACACNgIUIAIgADYCGAwBC0GgmMEAQaCYwQAoAgBBfiABKAIcd3E2AgALAkAgA0EQTwRAIAEgBUEDcjYCBCABIAVqIgAgA0EBcjYCBCAAIANqIAM2AgAgA0GAAk8EQCAAIAMQZAwCCwJAQZyYwQAoAgAiAkEBIANBA3Z0IgRxRQRAQZyYwQAgAiAEcjYCACADQfgBcUGUlsEAaiIDIQIMAQsgA0H4AXEiBEGUlsEAaiECIARBnJbBAGooAgAhAwsgAiAANgIIIAMgADYCDCAAIAI2AgwgACADNgIIDAELIAEgAyAFaiIAQQNyNgIEIAAgAWoiACAAKAIEQQFyNgIECyABQQhqIgANAQsCQAJAAkACQAJAIAVBpJjBACgCACIBSwRAIAVBqJjBACgCACIATwRAIAVBr4AEaiIBQRB2QAAiAkF/RgRAQQAPC0EAIQAgAkEQdCICRQ0HQbSYwQAgAUGAgHxxIgBBEGsgACACQQAgAGtGGyIBQbSYwQAoAgBqIgA2AgBBuJjBACAAQbiYwQAoAgAiBCAAIARLGzYCAAJAAkBBsJjBACgCACIEBEBBhJbBACEAA0AgACgCACIDIAAoAgQiBmogAkYNAiAAKAIIIgANAAsMAgtBwJjBACgCACIAQQAgACACTRtFBEBBwJjBACACNgIAC0HEmMEAQf8fNgIAQYiWwQAgATYCAEGElsEAIAI2AgBBoJbBAEGUlsEANgIAQaiWwQBBnJbBADYCAEGclsEAQZSWwQA2AgBBsJbBAEGklsEANgIAQaSWwQBBnJbBADYCAEG4lsEAQayWwQA2AgBBrJbBAEGklsEANgIAQcCWwQBBtJbBADYCAEG0lsEAQayWwQA2AgBByJbBAEG8lsEANgIAQbyWwQBBtJbBADYCAEHQlsEAQcSWwQA2AgBBxJbBAEG8lsEANgIAQdiWwQBBzJbBADYCAEHMlsEAQcSWwQA2AgBBkJbBAEEANgIAQeCWwQBB1JbBADYCAEHUlsEAQcyWwQA2AgBB3JbBAEHUlsEANgIAQeiWwQBB3JbBADYCAEHklsEAQdyWwQA2AgBB8JbBAEHklsEANgIAQeyWwQBB5JbBADYCAEH4lsEAQeyWwQA2AgBB9JbBAEHslsEANgIAQYCXwQBB9JbBADYCAEH8lsEAQfSWwQA2AgBBiJfBAEH8lsEANgIAQYSXwQBB/JbBADYCAEGQl8EAQYSXwQA2AgBBjJfBAEGEl8EANgIAQZiXwQBBjJfBADYCAEGUl8EAQYyXwQA2AgBBoJfBAEGUl8EANgIAQaiXwQBBnJfBADYCAEGcl8EAQZSXwQA2AgBBsJfBAEGkl8EANgIAQaSXwQBBnJfBADYCAEG4l8EAQayXwQA2AgBBrJfBAEGkl8EANgIAQcCXwQBBtJfBADYCAEG0l8EAQayXwQA2AgBByJfBAEG8l8EANgIAQbyXwQBBtJfBADYCAEHQl8EAQcSXwQA2AgBBxJfBAEG8l8EANgIAQdiXwQBBzJfBADYCAEHMl8EAQcSXwQA2AgBB4JfBAEHUl8EANgIAQdSXwQBBzJfBADYCAEHol8EAQdyXwQA2AgBB3JfBAEHUl8EANgIAQfCXwQBB5JfBADYCAEHkl8EAQdyXwQA2AgBB+JfBAEHsl8EANgIAQeyXwQBB5JfBADYCAEGAmMEAQfSXwQA2AgBB9JfBAEHsl8EANgIAQYiYwQBB/JfBADYCAEH8l8EAQfSXwQA2AgBBkJjBAEGEmMEANgIAQYSYwQBB/JfBADYCAEGYmMEAQYyYwQA2AgBBjJjBAEGEmMEANgIAQbCYwQAgAjYCAEGUmMEAQYyYwQA2AgBBqJjBACABQShrIgA2AgAgAiAAQQFyNgIEIAAgAmpBKDYCBEG8mMEAQYCAgAE2AgAMCAsgAiAETSADIARLcg0AIAAoAgxFDQMLQcCYwQBBwJjBACgCACIAIAIgACACSRs2AgAgASACaiEDQYSWwQAhAAJAAkADQCADIAAoAgAiBkcEQCAAKAIIIgANAQwCCwsgACgCDEUNAQtBhJbBACEAA0ACQCAEIAAoAgAiA08EQCAEIAMgACgCBGoiBkkNAQsgACgCCCEADAELC0GwmMEAIAI2AgBBqJjBACABQShrIgA2AgAgAiAAQQFyNgIEIAAgAmpBKDYCBEG8mMEAQYCAgAE2AgAgBCAGQSBrQXhxQQhrIgAgACAEQRBqSRsiA0EbNgIEQYSWwQApAgAhCSADQRBqQYyWwQApAgA3AgAgA0EIaiIAIAk3AgBBiJbBACABNgIAQYSWwQAgAjYCAEGMlsEAIAA2AgBBkJbBAEEANgIAIANBHGohAANAIABBBzYCACAAQQRqIgAgBkkNAAsgAyAERg0HIAMgAygCBEF+cTYCBCAEIAMgBGsiAEEBcjYCBCADIAA2AgAgAEGAAk8EQCAEIAAQZAwICwJAQZyYwQAoAgAiAUEBIABBA3Z0IgJxRQRAQZyYwQAgASACcjYCACAAQfgBcUGUlsEAaiIAIQEMAQsgAEH4AXEiAEGUlsEAaiEBIABBnJbBAGooAgAhAAsgASAENgIIIAAgBDYCDCAEIAE2AgwgBCAANgIIDAcLIAAgAjYCACAAIAAoAgQgAWo2AgQgAiAFQQNyNgIEIAZBD2pBeHFBCGsiAyACIAVqIgBrIQUgA0GwmMEAKAIARg0DIANBrJjBACgCAEYNBCADKAIEIgFBA3FBAUYEQCADIAFBeHEiARBaIAEgBWohBSABIANqIgMoAgQhAQsgAyABQX5xNgIEIAAgBUEBcjYCBCAAIAVqIAU2AgAgBUGAAk8EQCAAIAUQZAwGCwJAQZyYwQAoAgAiAUEBIAVBA3Z0IgRxRQRAQZyYwQAgASAEcjYCACAFQfgBcUGUlsEAaiIFIQMMAQsgBUH4AXEiAUGUlsEAaiEDIAFBnJbBAGooAgAhBQsgAyAANgIIIAUgADYCDCAAIAM2AgwgACAFNgIIDAULQaiYwQAgACAFayIBNgIAQbCYwQBBsJjBACgCACIAIAVqIgI2AgAgAiABQQFyNgIEIAAgBUEDcjYCBCAAQQhqIQAMBgtBrJjBACgCACEAAkAgASAFayICQQ9NBEBBrJjBAEEANgIAQaSYwQBBADYCACAAIAFBA3I2AgQgACABaiIBIAEoAgRBAXI2AgQMAQtBpJjBACACNgIAQayYwQAgACAFaiIENgIAIAQgAkEBcjYCBCAAIAFqIAI2AgAgACAFQQNyNgIECwwGCyAAIAEgBmo2AgRBsJjBAEGwmMEAKAIAIgBBD2pBeHEiAkEIayIENgIAQaiYwQBBqJjBACgCACABaiIBIAAgAmtqQQhqIgI2AgAgBCACQQFyNgIEIAAgAWpBKDYCBEG8mMEAQYCAgAE2AgAMAwtBsJjBACAANgIAQaiYwQBBqJjBACgCACAFaiIBNgIAIAAgAUEBcjYCBAwBC0GsmMEAIAA2AgBBpJjBAEGkmMEAKAIAIAVqIgE2AgAgACABQQFyNgIEIAAgAWogATYCAAsgAkEIag8LQQAhAEGomMEAKAIAIgEgBU0NAEGomMEAIAEgBWsiATYCAEGwmMEAQbCYwQAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQMAQsgAA8LIABBCGoLwBgBDn8jAEEQayIEJAAgBCACEEsDQCAEIAEgC2oiDRCdAiAEEEMgBCAELwEMIgJBD3QgAkEBdnJBiJH+/wdxIAJBC3QgAkEFdnJB9+4BcXIiBiACcyIFIAQvAQ4iAkEPdCACQQF2ckGIkf7/B3EgAkELdCACQQV2ckH37gFxciIDIAIgA3MiAkEKdCACQf//A3EiA0EGdnJBzJkDcSACQQZ0IANBCnZyQbPmAHFyc3M7AQ4gBCAELwEKIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiCCADcyIHIAYgBUEKdCAFQf//A3EiA0EGdnJBzJkDcSAFQQZ0IANBCnZyQbPmAHFyc3M7AQwgBCAELwEIIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiDCADcyIFIAggB0EKdCAHQf//A3EiA0EGdnJBzJkDcSAHQQZ0IANBCnZyQbPmAHFyc3M7AQogBCAELwECIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiCSADcyIHIAQvAQQiA0EPdCADQQF2ckGIkf7/B3EgA0ELdCADQQV2ckH37gFxciIGIAMgBnMiBkEKdCAGQf//A3EiA0EGdnJBzJkDcSAGQQZ0IANBCnZyQbPmAHFyc3M7AQQgBCAELwEAIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiCiADcyIIQQp0IAhB//8DcSIDQQZ2ckHMmQNxIAhBBnQgA0EKdnJBs+YAcXIgCnMgAnM7AQAgBCAELwEGIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiCiADcyIDIAwgBUEKdCAFQf//A3EiDkEGdnJBzJkDcSAFQQZ0IA5BCnZyQbPmAHFyc3MgAnM7AQggBCAKIANBCnQgA0H//wNxIgVBBnZyQcyZA3EgA0EGdCAFQQp2ckGz5gBxcnMgBnMgAnM7AQYgBCACIAkgB0EKdCAHQf//A3EiAkEGdnJBzJkDcSAHQQZ0IAJBCnZyQbPmAHFycyAIc3M7AQIgBCANQRBqIg0QnQIgC0HAAUYEQCAEEPEBIAQQQyAEIAFB4AFqEJ0CIAAgBC8BDiIBIAQvAQwiAkEBdnNB1aoBcSILIAFzIgEgBC8BCiIDIAQvAQgiBUEBdnNB1aoBcSIHIANzIgNBAnZzQbPmAHEiBiABcyIBIAQvAQYiCCAELwEEIg1BAXZzQdWqAXEiDCAIcyIIIAQvAQIiCSAELwEAIgpBAXZzQdWqAXEiDiAJcyIJQQJ2c0Gz5gBxIg8gCHMiCEEEdnNBjx5xIhAgAXMiAToADSAAIAFBCHY6AA8gACAQQQR0IAhzIgE6AAwgACACIAtBAXRzIgIgBSAHQQF0cyILQQJ2c0Gz5gBxIgUgAnMiAiANIAxBAXRzIgcgCiAOQQF0cyIIQQJ2c0Gz5gBxIg0gB3MiB0EEdnNBjx5xIgwgAnMiAjoACSAAIAZBAnQgA3MiAyAPQQJ0IAlzIgZBBHZzQY8ecSIJIANzIgM6AAUgACABQQh2OgAOIAAgAkEIdjoACyAAIAxBBHQgB3MiAToACCAAIANBCHY6AAcgACAJQQR0IAZzIgI6AAQgACAFQQJ0IAtzIgsgDUECdCAIcyIDQQR2c0GPHnEiBSALcyILOgABIAAgAUEIdjoACiAAIAJBCHY6AAYgACALQQh2OgADIAAgBUEEdCADcyIBOgAAIAAgAUEIdjoAAiAEQRBqJAAFIAQQQyAEIAQvAQwiAkEOdCACQQJ2ckHMmf//A3EgAkEKdCACQQZ2ckGz5gBxciIGIAJzIgUgBC8BDiICQQ50IAJBAnZyQcyZ//8DcSACQQp0IAJBBnZyQbPmAHFyIgMgAiADcyICQQh0IAJBgP4DcUEIdnJzczsBDiAEIAQvAQoiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIIIANzIgcgBiAFQQh0IAVBgP4DcUEIdnJzczsBDCAEIAQvAQgiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIMIANzIgUgCCAHQQh0IAdBgP4DcUEIdnJzczsBCiAEIAQvAQIiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIJIANzIgcgBC8BBCIDQQ50IANBAnZyQcyZ//8DcSADQQp0IANBBnZyQbPmAHFyIgYgAyAGcyIGQQh0IAZBgP4DcUEIdnJzczsBBCAEIAQvAQAiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIKIANzIghBCHQgCEGA/gNxQQh2ciAKcyACczsBACAEIAQvAQYiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIKIANzIgMgDCAFQQh0IAVBgP4DcUEIdnJzcyACczsBCCAEIAogA0EIdCADQYD+A3FBCHZycyAGcyACczsBBiAEIAkgB0EIdCAHQYD+A3FBCHZycyAIcyACczsBAiAEIA1BEGoQnQIgBBBDIAQgBC8BDCICQQ10IAJBA3ZyQe7d//8BcSACQQl0IAJBB3ZyQZEicXIiBiACcyIFIAQvAQ4iAkENdCACQQN2ckHu3f//AXEgAkEJdCACQQd2ckGRInFyIgMgAiADcyICQQp0IAJB//8DcSIDQQZ2ckHMmQNxIAJBBnQgA0EKdnJBs+YAcXJzczsBDiAEIAQvAQoiA0ENdCADQQN2ckHu3f//AXEgA0EJdCADQQd2ckGRInFyIgggA3MiByAGIAVBCnQgBUH//wNxIgNBBnZyQcyZA3EgBUEGdCADQQp2ckGz5gBxcnNzOwEMIAQgBC8BCCIDQQ10IANBA3ZyQe7d//8BcSADQQl0IANBB3ZyQZEicXIiDCADcyIFIAggB0EKdCAHQf//A3EiA0EGdnJBzJkDcSAHQQZ0IANBCnZyQbPmAHFyc3M7AQogBCAELwECIgNBDXQgA0EDdnJB7t3//wFxIANBCXQgA0EHdnJBkSJxciIJIANzIgcgBC8BBCIDQQ10IANBA3ZyQe7d//8BcSADQQl0IANBB3ZyQZEicXIiBiADIAZzIgZBCnQgBkH//wNxIgNBBnZyQcyZA3EgBkEGdCADQQp2ckGz5gBxcnNzOwEEIAQgBC8BACIDQQ10IANBA3ZyQe7d//8BcSADQQl0IANBB3ZyQZEicXIiCiADcyIIQQp0IAhB//8DcSIDQQZ2ckHMmQNxIAhBBnQgA0EKdnJBs+YAcXIgCnMgAnM7AQAgBCAELwEGIgNBDXQgA0EDdnJB7t3//wFxIANBCXQgA0EHdnJBkSJxciIKIANzIgMgDCAFQQp0IAVB//8DcSIOQQZ2ckHMmQNxIAVBBnQgDkEKdnJBs+YAcXJzcyACczsBCCAEIAogA0EKdCADQf//A3EiBUEGdnJBzJkDcSADQQZ0IAVBCnZyQbPmAHFycyAGcyACczsBBiAEIAIgCSAHQQp0IAdB//8DcSICQQZ2ckHMmQNxIAdBBnQgAkEKdnJBs+YAcXJzIAhzczsBAiAEIA1BIGoQnQIgBBBDIAQgBC8BDCICQQx0IAJBBHZyIgcgAnMiAyAELwEOIgJBDHQgAkEEdnIiBSACIAVzIgJBCHQgAkGA/gNxQQh2cnNzOwEOIAQgBC8BCiIFQQx0IAVBBHZyIgYgBXMiBSAHIANBCHQgA0GA/gNxQQh2cnNzOwEMIAQgBC8BCCIDQQx0IANBBHZyIg0gA3MiAyAGIAVBCHQgBUGA/gNxQQh2cnNzOwEKIAQgBC8BAiIFQQx0IAVBBHZyIgwgBXMiBSAELwEEIgdBDHQgB0EEdnIiBiAGIAdzIgdBCHQgB0GA/gNxQQh2cnNzOwEEIAQgBC8BACIGQQx0IAZBBHZyIgggBnMiBkEIdCAGQYD+A3FBCHZyIAhzIAJzOwEAIAQgBC8BBiIIQQx0IAhBBHZyIgkgCHMiCCANIANBCHQgA0GA/gNxQQh2cnNzIAJzOwEIIAQgCSAIQQh0IAhBgP4DcUEIdnJzIAdzIAJzOwEGIAQgDCAFQQh0IAVBgP4DcUEIdnJzIAZzIAJzOwECIAtBQGshCwwBCwsL+hsCE38FfiMAQaAQayIFJAACQAJAAkACQCAEKAIIIg5BN0sEQCAFIAQoAgQiBikAEDcDmAcgBSAGKQAINwOQByAFIAYpAAA3A4gHIAVBpAdqIAEgBUGIB2ogAiADEHwCQCAFQcQHaiAGQRhqEOUBQf8BcSINRQ0AQQAhBgNAIAZB8AFHBEAgBUGwCGogBmpBADsBACAGQQJqIQYMAQsLIAVBEGoiASAFQaQHahDVASAFQbAIaiABEEsgASAFQbQHahDVASAFQcAIaiABEEsgBUHgCGohBiAFQdAIaiECQQghAwNAIAVBsAhqIgEgAxCuASAGQRBrIgcQQyAHEJ8CIAIgAi8BAEGAAXM7AQAgASADQQhqIgFBBxCAASADQegARgRAIAVB4AhqIQJBCCEHQQMhAQNAAkACQCABRQRAIAVBgApqEMMBQRAhBgNAIAZB8AFGDQIgBUGwCGogBmoQnwIgBkEQaiEGDAALAAsgBUGwCGogB0EBdGoiAxDDASADQRBqEPEBQQAhBgNAIAZBEEYNAiACIAZqIgMgAy8BACIDIAMgA0ECdnNBkMYAcSIDQQJ0cyADcyIDIAMgA0EBdnNB0KABcSIDQQF0cyADczsBACAGQQJqIQYMAAsACyAFQRBqIgIgBUGwCGoiAUHwAfwKAAAgBUGIEGoiAxD+ASABIAIQsQEgARCDAiABIAMQ9QEgAyACIAEQMCAFIAUpAJAQNwO4CCAFIAUpAIgQNwOwCCABIAFBCHIQ/AEgBUEAOgCQCCAFQQA6AIAIIAVBADoA6AYgBUEAOgD4BiAFQQA6APwHIAVBADoA+wcgBUEAOgD6ByAFQQA6APkHIAVBADoA+AcgBUEAOgD3ByAFQQA6APYHIAVBADoA9QcgBUEAOgD0ByAFQQA6APMHIAVBADoA8gcgBUIANwPwDyAFQgA3A/gPIAVBADoA8QcgBSkDuAghGCAFKQOwCCEZIAUgBUGYEGo2ArQIIAUgAzYCsAggARCqAiAFQfgEaiACQfAB/AoAACAFIAUpAOQHNwOgCCAFIAUoAOwHNgKoCCAYQgGGIBlCP4iEIhsgGEKAgICAgICAgIB/gyAYQj+IIhxCPoaEIBxCOYaEhSIaQjiIpyEPIBpCMIinIRAgGkIoiKchESAaQiCIpyESIBunIQkgHCAZQgGGIhqEpyEIIBtCCIYgGkI4iISnIQYgG0IQhiAaQjCIhKchAyAbQhiGIBpCKIiEpyECIBhCF4inIRMgGEIPiKchFCAYQgeIpyEMIBlCH4inIQEgGUIXiKchByAZQg+IpyELIBlCB4inIQoMBAsgAkFAayECIAFBAWshASAHQSBqIQcMAAsABSAFQbAIaiIDIAEQrgEgBhBDIAYQnwIgAyABQQhqIgNBAxCAASAGQSBqIQYgAkEiaiECDAELAAsACyAFQaQHahCuAiANDQELIAUgBjoAxwIgBSADOgDGAiAFIAI6AMUCIAUgAToAxAIgBSAHOgDDAiAFIAs6AMICIAUgCjoAwQIgBSAIOgDAAiAFQQA6ALQCDAELIAVBEGogDq0QvQEgBSAMOgC5CCAFIAk6ALgIIAUgBjoAtwggBSADOgC2CCAFIAI6ALUIIAUgAToAtAggBSAHOgCzCCAFIAs6ALIIIAUgCjoAsQggBSAIOgCwCCAFKAIQQQFHDQEgBSAFKAIkNgLEAiAFIAUpAhw3ArwCIAUgBSkCFDcCtAIgBUGwCGoQrAELIAVBATYCsAIgBBCEASAAQQA6AAAgBEEANgIIIAVBsAJqQQRyENQCDAELIAUgDzoAzwIgBSAQOgDOAiAFIBE6AM0CIAUgEjoAzAIgBSATOgDLAiAFIBQ6AMoCIAUgDDoAyQIgBSAJOgDIAiAFIAY6AMcCIAUgAzoAxgIgBSACOgDFAiAFIAE6AMQCIAUgBzoAwwIgBSALOgDCAiAFIAo6AMECIAUgCDoAwAIgBSAFKQPwDzcD0AIgBSAFKQP4DzcD2AIgBUHgAmogBUH4BGpB8AH8CgAAIAUgBSgCqAg2AtgEIAUgBSkDoAg3A9AEIAVBEGogBUHAAmoiEkGgAvwKAAAgBUGQEGohFSAFQcAIaiEMIAVByAJqIQ0gBUH8BGohDyAFQTBqIRAgBUG8AmohFiAFQaACaiETQTghAUIAIRhBACEJAkACQAJAAkACQAJAAkADQCABIA5PBEAgBCgCCCIBIAlJDQQgASAJayICQfD///8HcSEHIAQoAgQgCWohAQJAIAJBBHYiA0UNACADQQR0IQMgASEGA0AgA0UNASAFQgA3A7gIIAVCADcDsAggBiAFKQO4CDcACCAGIAUpA7AINwAAIANBEGshAyAGQRBqIQYMAAsACyABIAdqIQMgAkEPcSEGA0AgBkUNAyADQQA6AAAgBkEBayEGIANBAWohAwwACwALIA4gAUGQgAFqIgIgAiAOSxsiAkEQayEIIA5BEEkgBCgCCCILIAJJcg0EIAUgBCgCBCIRIAhqIgMpAAA3A+gGIAUgAykACDcD8AYgBSATKAAINgK4AiAFIBMpAAA3A7ACIAwgGEI4hiAYQoD+A4NCKIaEIBhCgID8B4NCGIYgGEKAgID4D4NCCIaEhCAYQgiIQoCAgPgPgyAYQhiIQoCA/AeDhCAYQiiIQoD+A4MgGEI4iISEhDcCACAFQQg2ArwIIAUgFjYCtAhBACEGA0AgBkEIRwRAIAUgBmpBtAJqIgMgAy0AACAGIAxqLQAAczoAACAGQQFqIQYMAQsLIAUgBSkDsAI3A/gGIAUgBSgCuAI2AoAHIAVBCGogASAIIBEgC0GE0MAAEJUCIAUoAgwhByAFKAIIIQogBSAFKQPwBjcDiAggBSAFKQPoBjcDgAggBUGwCGoQ/gEgBUEBOgC/CCAFIAUoAoAHNgK4CCAFIAUpA/gGNwOgCCAFIAUpA7gINwOoCEEAIQYDQCAGQRBHBEAgBUGwCGogBmpBADYCACAGQQRqIQYMAQsLIAUgBSkCuAg3A5AQIAUgBSkCsAg3A4gQQQAhBgNAIAZBEEcEQCAFQYgQaiAGaiAFQaAIaiAGaigAACIDQf+B/AdxQQh4IANBGHhB/4H8B3FyIAMgBkEMRhs2AgAgBkEEaiEGDAELCyAPIAUpA4gQNwIAIA8gBSkDkBA3AgggBSAQNgL4BEEAIQYgBUEANgKMBSAFQfAPaiIUEP4BIAVBsAhqIgMgEBCxASAFQYgHaiIXIA8QmwEgAxCDAiADIBcQ9QEgFCAQIAMQMCANIAUpAPAPNwAAIA0gBSkA+A83AAggBSAFKQKIBSIZNwPAAiAFIAUpAoAFIhs3A7gCIAUgBSkC+AQiGjcDsAIgBSAZNwOIBSAFIBs3A4AFIAUgGjcD+AQgBSANKQAINwOYCCAFIA0pAAA3A5AIIAUgBSkDKDcDyAIgBSAFKQMgNwPAAiAFIAUpAxg3A7gCIAUgBSkDEDcDsAIgBUGwAmoiA0EBQQAQuQEgAyAKIAcQuQEgFBD+ASAFIAetIhlCBYhCgICAOIMgGUIrhkKAgICAgIDA/wCDIBlCO4aEIBlCG4ZCgICAgIDgP4MgGUILhkKAgICA8B+DhISEIhk3A/gPIAVCADcD8A8gBSAZNwOQByAFQgA3A4gHA0AgBkEQRwRAIAVBsAJqIAVBiAdqIAZqEKICIAZBEGohBgwBCwsgBSASKQAINwOQECAFIBIpAAA3A4gQIAVCADcDiAcgBUIANwOQByAFIAUpA4gHNwOwCCAFIAUpA5AHNwO4CCAFQgA3A4gHIAwgBSkDiAc3AAAgBUIANwOQByAMIAUpA5AHNwAIIAVBiBBqIBUQ/AEgBSAFKQOQEDcDkAcgBSAFKQOIEDcDiAdBACEGA0AgBkEQRwRAIAVBiAdqIAZqIgMgAy0AACAFQZAIaiAGai0AAHM6AAAgBkEBaiEGDAELCyAFIAUpA5AHNwOoCCAFIAUpA4gHNwOgCEEBIQNBACEGA0AgBkEQRwRAIAMgBUGACGogBmooAAAgBUGgCGogBmooAABzEMoCQX9zcSEDIAZBBGohBgwBCwsgBSADQQAQygJBf3NxQQFzQf8BcRDKAkF/c0EBcToAsAggBS0AsAhFDQIgBSAFKQOIBTcDwAggBSAFKQOABTcDuAggBSAFKQP4BDcDsAggB0EEdiIDIAUoAsQIQX9zTQRAIAdBEU8EQCAFIAM2ApAQIAUgCjYCjBAgBSAKNgKIECAKIAdBcHFqIQogBUGwCGogBUGIEGoQLiAHQQ9xIQcLIAcEQCAFQbACaiIDEP4BIAUgAyAHQfTewAAQiQIgBSgCACAFKAIEIAogB0GE38AAELoCIAVBATYCkAcgBSADNgKMByAFIAM2AogHIAVBsAhqIAVBiAdqEC4gCiAHIAMgB0GU38AAELoCCyAIIAtLDQYgASAISw0HIAkgCyAIIAFrIgNrSw0IIAMEQCAJIBFqIAEgEWogA/wKAAALIBhCAXwhGCAJIAFrIAhqIQkgAiEBDAELC0GE4MAAQScgBUGfEGpB9N/AAEGs4MAAENABAAsgAEELOgAAIAQgCTYCCCAFQRBqEKwBDAYLIAVBADoApAcgBUGkB2oQ1AIgBBCEASAAQQA6AAAgBEEANgIIIAVBEGoQrAEMBQsgCSABIAFB5M/AABBlAAsgCCACIAtB9M/AABBlAAtBACAIIAtBkMnAABBlAAsgASAIIAtBoMnAABBlAAtB+NvAAEErQZTQwAAQjAIACyAFQaAQaiQAC/ocAh9/A34jAEGwBGsiAiQAIAJBkAFqIAEQpwECQAJAAkACfyACLQCQAUEBRgRAIAIoApQBDAELIAItAJEBQQFGBEAgAi0AkgFB2wBHDQIgASABLQAYQQFrIgM6ABggA0H/AXENAyACQRg2ArACIAEgAkGwAmoQ0gEhASAAQYCAgIB4NgIAIAAgATYCBAwECyACQQU2ArACIAEgAkGwAmoQ0gELIQEgAEGAgICAeDYCACAAIAE2AgQMAgsgASACQa8EakGw4cAAEEkgARDYAiEBIABBgICAgHg2AgAgACABNgIEDAELIAEgASgCFEEBajYCFCACQQE6ACAgAiABNgIcIAJBAEEIQegAEOMBIAJBADYCLCACIAIoAgQiGjYCKCACIAIoAgA2AiQgAkGMA2ohGyACQfACaiEcIAJBxAJqIQ4gAkG4AmohDyACQbACakEEciEQIAJB7AJqIRcgAkH4A2ohHSACQfQDaiEYAn8CQANAIAJBsAJqIAJBHGoQWyACLQCwAkEBRgRAIAIoArQCIQUMAgsCQAJAAkACQAJAAkACQAJ/An8CQAJAIAItALECQQFGBEAgAkGQAWogAigCHCIGEKcBIAItAJABQQFGBEAgAigClAEhBQwOCyACLQCRAUEBRgRAAkACQCACLQCSASIDQdsARwRAIANB+wBGDQEgBiACQa8EakHQ4cAAEEkgBhDYAiEFDBELIAYgBi0AGEEBayIDOgAYIANB/wFxRQ0OIAYgBigCFEEBajYCFCACQQE6AOgDIAIgBjYC5AMgAkGwAmogAkHkA2oQpAEgAigCsAIiB0GBgICAeEYEQCACKAK0AiEFQQIhBAwNCyAHQYCAgIB4Rg0BIAIoArgCIRUgAigCtAIhCSACQbACaiACQeQDahCqASACKAKwAiERIAIoAsgCIgpBgYCAgHhGBEAgESEIDAwLIAIgECgCEDYCsAMgAiAQKQIINwOoAyACIBApAgA3A6ADAkACQCAKQYCAgIB4RwRAIAIoAswCIRMgAikD0AIhISACQbACaiACQeQDahClASACKAK0AiIFIQggAigCsAIiBEECaw4CAQ0CC0EBQbjYwAAQ3AEhCAwNC0EAIQQLIAJBsAJqIAJB5ANqEKUBIAIoArQCIQgCQAJAIAIoArACIhZBAmsOAgAMAQtBACEWCyACQbACaiIMIAJB5ANqEFsCQAJAIAItALACQQFHBEBBgICAgHghAyACLQCxAkEBRw0CIAwgAigC5AMQNSACKAKwAiIDQYCAgIB4Rw0BCyACKAK0AiIeIQgMDAsgAigCuAIhICACKAK0AiEeCyACQQAgICADQYCAgIB4RiINGzYCkAQgAkEIIB4gDRs2AowEIAJBACADIA0bNgKIBCACQbACaiACQeQDahBbAkACQAJ/IAItALACQQFGBEAgAigCtAIMAQsgAi0AsQJFBEBBgICAgHghCwwDCyACQbACaiACKALkAxA6IAIoArQCIQ0gAigCsAIiC0GBgICAeEcNASANCyEIIAJBiARqEOoBDAwLIAIgDykCACIiNwPwAyACIA8pAggiIzcD+AMgAiAiNwO4AyACICM3A8ADCyACIAIoArADNgKQAiACIAIpA6gDNwOIAiACIAIpA6ADNwOAAiACIAIpAogENwPwASACIAIoApAENgL4AQwMCyAGIAYtABhBAWsiAzoAGCADQf8BcUUNCCAGIAYoAhRBAWo2AhQgAkEBOgDMAyACIAY2AsgDQYCAgIB4IQogAkGAgICAeDYC5ANBgYCAgHghCyACQYGAgIB4NgLwA0ECIRJBgICAgHghCEGAgICAeCEMQQIhB0ECIQkDQCACQbACaiACQcgDahBUIAItALACQQFGBEAgAigCtAIhAwwGCwJAAkACQAJAAkACQAJAAkACQCACLQCxAkEBRgRAIAIoAsgDIgNBADYCCCADIAMoAhRBAWo2AhQgAkGwAmogA0EMaiADEDsgAigCtAIhAyACKAKwAkECRg0PAkACQAJAAkACQCADIAIoArgCIgRBwtHAAEEEENkCRQRAIAMgBEHcysAAQQYQ2QINASADIARBxtHAAEEFENkCDQIgAyAEQcvRwABBBhDZAg0DIAMgBEHR0cAAQQgQ2QINBCADIARB2dHAAEELENkCDQUgAyAEQeTRwABBBhDZASEDDBULIApBgICAgHhHBEBBwtHAAEEEEIcCIQMMFQsgAkGwAmogAigCyAMQzwIgAigCtAIhAyACKAKwAiIEQYCAgIB4Rg0GIAIoArgCIRYgAyERIAQhCgwPCyAIQYCAgIB4RwRAQdzKwABBBhCHAiEDDBQLIAJBsAJqIAIoAsgDEM4CIAIoArACIRMgAigCyAIiA0GAgICAeEYNEiACIBAoAhA2AuADIAIgECkCCDcD2AMgAiAQKQIANwPQAyACKALMAiEVIAIpA9ACISEgAyEIDA4LIAdBAkYNDEHG0cAAQQUQhwIhAwwSCyASQQJGDQpBy9HAAEEGEIcCIQMMEQsgDEGAgICAeEYNBkHR0cAAQQgQhwIhAwwQCyALQYGAgIB4Rg0EQdnRwABBCxCHAiEDDA8LIApBgICAgHhGDQIgCEGAgICAeEcNAUHcysAAQQYQiAIhAyAKIBEQpwNBACEJIAohB0GAgICAeAwQC0EBIQlBgICAgHgMDgtBgICAgHghByALQYGAgIB4RwRAIAIgGCgCEDYCqAQgAiAYKQIINwOgBCACIBgpAgA3A5gEIAshBwtBACAfIAxBgICAgHhGIgMbIQtBCCAUIAMbIRRBACAMIAMbIQwgEkEAIBJBAkcbIRIgCUEAIAlBAkcbIQQgAiACKALgAzYCqAIgAiACKQLYAzcDoAIgAiACKQLQAzcDmAIMDwtBASEJQcLRwABBBBCIAiEDQYCAgIB4DAwLIAIoAsgDIgQQogEiAw0BIAJBsAJqIAQQOiACKAK0AiEDIAIoArACIgtBgYCAgHhGDQogAiAPKQIINwOQBCACIA8pAgA3A4gEIAJB8ANqEJADIB0gAikDiAQ3AgAgHSACKQOQBDcCCCACIAM2AvQDIAIgCzYC8AMMBQsgAigCyAMiBBCiASIDRQ0BCyACIAM2ArQCDAgLIAJBsAJqIAQQNSACKAK0AiEUIAIoArACIgxBgICAgHhGBEAgFCEDDAgLIAIoArgCIR8gAkHkA2oQkQMgAiAfNgLsAyACIBQ2AugDIAIgDDYC5AMMAgsgAkGwAmogAigCyAMQ0AIgAigCtAIhDSACKAKwAiISQQJHDQFBASEJIAohByANIQMgCAwICyACQbACaiACKALIAxDQAiACKAK0AiEFIAIoArACIgdBAkYEQEEBIQkgCiEHIAUhAyAIDAgFIAchCQwBCwALAAtBAiEEQQBBuNjAABDcASEFDAoLIAJBBTYCsAIgBiACQbACahDSASEFDA0LIAIgAikCJCIhNwMIIAIgAigCLDYCECAhpwwNC0EBIQkgCiEHIBMhA0GAgICAeAwCC0EBIQkgCgshByAICyEFIAJB8ANqEJADIAJB5ANqEJEDIAVBgICAgHhHBEAgBSAVEKcDC0ECIQQgB0GAgICAeEcgCXEEQCAHIBEQpwMLIAMhBQsgBiAGLQAYQQFqOgAYIAYQkAEhAyAOIAIpA5gCNwIAIA4gAikDoAI3AgggDiACKAKoAjYCECAXIAIpA5gENwIAIBcgAikDoAQ3AgggFyACKAKoBDYCECACIBM2AsACIAIgDTYCvAIgAiASNgK4AiACIAU2ArQCIAIgBzYC6AIgAiAhNwPgAiACIBU2AtwCIAIgCDYC2AIgAiAENgKwAiACIAM2ApgDIAIgCzYClAMgAiAUNgKQAyACIAw2AowDIAIgFjYCiAMgAiARNgKEAyACIAo2AoADAkAgBEECRwRAIAMNASACQZABaiAPQeAA/AoAAAwGC0ECIQQgA0UNBSADELcBDAULIAJBsAJqEMQCQQIhBCADIQUMBAsgAkEYNgKwAiAGIAJBsAJqENIBIQUMBgsgCiATEKcDCyAHIAkQpwNBAiEEIAghBQsgBiAGLQAYQQFqOgAYIAYQciEDIA4gAikDgAI3AgAgDiACKQOIAjcCCCAOIAIoApACNgIQIBwgAikDuAM3AwAgHCACKQPAAzcDCCACIBE2AsACIAIgCDYCvAIgAiAWNgK4AiACIAU2ArQCIAIgDTYC7AIgAiALNgLoAiACICE3A+ACIAIgEzYC3AIgAiAKNgLYAiACIAQ2ArACIBsgAikD8AE3AgAgGyACKAL4ATYCCCACIBU2AogDIAIgCTYChAMgAiAHNgKAAyACIAM2ApgDAkAgBEECRwRAIAMNASACQZABaiAPQeAA/AoAAAwCC0ECIQQgA0UNASADELcBDAELIAJBsAJqEMQCQQIhBCADIQULIARBAkYEQCAFIAYQ2AIhBQwDCyACQTBqIAJBkAFqQeAA/AoAACAEQQNGDQIgAigCJCAZRgRAIwBBEGsiAyQAIANBCGogAkEkaiIHIAcoAgBBAUEIQegAEFwgAygCCCIHQYGAgIB4RwRAIAMoAgwaIAcQ8gIACyADQRBqJAAgAigCKCEaCyAaIBlB6ABsaiIDIAU2AgQgAyAENgIAIANBCGogAkEwakHgAPwKAAAgAiAZQQFqIhk2AiwMAQsLIAJBGDYCsAIgBiACQbACahDSASEFCyACQYCAgIB4NgIIIAIgBTYCDCACQSRqEPMCQYCAgIB4CyEDIAEgAS0AGEEBajoAGCACIAEQciIENgIUAkACQCADQYCAgIB4RwRAIARFDQIgAkEIahDzAgwBCyACKAIMIAQEQCAEELcBCyEECyAEIAEQ2AIhASAAQYCAgIB4NgIAIAAgATYCBAwBCyAAIAIpAgw3AgQgACADNgIACyACQbAEaiQAC/cbAwx/Bn4BbyMAQdABayICJAACQAJ/AkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAAtAJgFQQFrDgMJAgEACyAAQcgCaiAAQcgC/AoAAAsgAEHIAmohCwJAAkAgAC0AiAVBAWsOAwgCAQALIAAoAvgEIQUgAkHgAGoiAyAAKAKABSAAKAKEBRBiIAItAGBBC0cEQEGrosAAQQ1BuKLAAEEQENsBIQQgAxDUAgwUCyACIAItAGM6ALIBIAIgAi8AYTsBsAEgAiACKQJoNwC3ASACIAItAHA6AL8BIAIgAigCZDYAswEgAkECNgKIASACQQI2AnQgAiAFQQxqKAIAIgM2ApwBIAIgAyAFQRBqKAIAQegAbCIGaiIFNgKgASACQYgBaiEIAn8CQANAIAZFDQEgAkEANgJ8IAJBATYCdCACIAMoAmAiBDYCgAEgAiADQRBqNgJ4IAIgBCADKAJkQTBsajYChAEgBkHoAGshBiADQegAaiEDIAJB2ABqIAJBsAFqIAJB9ABqEIUBIAIoAlgiBEUNAAsgAigCXAwBCyACIAU2ApwBIAJBAjYCdCACKAKIAUECRg0LIAJB0ABqIAJBsAFqIAgQhQEgAigCUCIERQ0LIAIoAlQLIQcgBCkDECEOIABB4ARqIARBHGooAgAgBEEgaigCABDwASAAIAQpAwg3A9AEIAAgBCkDADcDyAQgACAONwPYBCAAQcgEaiEGIAAtAIkFRQRAIAAoAvgEIQRBACEBIAAoAvAEIgkQyQMiA0EASA0KAkAgA0UEQEEBIQhBACEFDAELQQEhASACQcgAakEBIAMQ1wIgAyEFIAIoAkgiCEUNCwsgCSAIIAkQyQMQ7AEgAiAINgKoASACIAU2AqQBIAIgAzYCrAECQAJAAkAgACkD2AQiDhDeAiADrVEEQCACQcQBaiAEQThqIAYgBxDFASACQfQAaiAEQRhqIAIoAsgBIgEgAigCzAEgAkGkAWoQMSACLQB0IgNBC0cNAiACKALEASABEKcDIAJBQGsgDqciBSACKAKoASIEIAIoAqwBIgFB9MzAABCpAiACKAJEIQMgAigCQCEGA0AgA0UNAiADQQFrIQMgBi0AACAGQQFqIQZFDQALCyACQaQBahCEAUEAIQMMAgsgASAFTwRAIAIgBTYCrAEgBSEBCyAEIAEQ/wIhBSABBEAgBEEAIAH8CwALIAIgAkGkAWo2AnQgAigCpAEgAigCqAEQpwMgAkE4aiAFEIADIgEgACgC5AQgACgC6AQQvAEgAigCPCEEIAIoAjggARCaAyAFEJoDQQFxDRUMFAsgAiACKACEATYAvwEgAiACKQB9NwO4ASACIAIpAHU3A7ABIAIoAsQBIAEQpwMLIAIgAzoAdCACIAIpA7ABNwB1IAIgAikDuAE3AH0gAiACKAC/ATYAhAEQpQMhBCACQfQAahDUAiACKAKkASACKAKoARCnAwwTCyACQTBqEH4gAigCMEEBcQ0CQZShwABBB0H4osAAQScQ2wEhBAwSCyAAQbAEaiEIAkACQAJAIAAtALAEQQFrDgQHAwEAAgsgASgCACEFIAAoAsAEIQMMDAsgACgCuAQhAwwECyAAKAK8AyEDIAAoAsADIQcgACgCuAMhBiAAKAK0AyEEIAAoArADIQUMAgsACyACKAI0IQUgAEEAOgCwBCAAIAc2AsADIAAgBjYCuAMgACAFNgL0BCAAIABB8ARqIgM2ArwDIAAgAEH0BGoiBTYCsAMgACAAKAL4BEEIaiIENgK0AyAAQbAEaiEICyAAIAM2AswDIAAgBjYCyAMgACAFNgLEAyAAIAMoAgAQyQOtIg43A8gCAkAgACgCyAMpAxAiEBDeAiAOUQRAIAAgEBCeAiIONwPQAiAAIA5CDohCAXw3A9gCIABB4AJqIgVBAEE4/AsAIAAoAswDKAIAQQBBOBDvAiIDIAVBOBDsASADEJoDIAAgACkD8AI3A6gDIAAgACkD6AI3A6ADIAAgACkD4AI3A5gDIABB0ANqIARBMGogACgCyAMgBxDFASAAQdwDaiIFIARBEGogAEGYA2ogACgC1AMgACgC2AMQfEEAIQNBASEGA0AgA0EgRg0CIAAgA2oiBEH4AmotAAAgBEH8A2otAABzIgRBACAEa3LAQQBOEIcDIAZxIQYgA0EBaiEDDAALAAsQpQMhBAwMCwJAIAYQhwNB/wFxBEAgACAFQSAQ/wI2AqgEIABB86DAAEEHEIIDIgUQgAM2AqwEIAUQmgMgACgCxAMoAgAlAUH6oMAAQQMgACgCqAQlAUH9oMAAQQdBACAAKAKsBCUBEA4hFBBhIgUgFCYBIAJBKGoQxgIgAigCKEEBcUUNASACKAIsIQNBlKHAAEEHQZuhwABBKhDbASEEDAsLEKUDIQQMCwsgACAFEIsBIgM2ArgECyACQSBqIAMgASgCACIFEJIBQQIhBiACKAIgIgRBAkcNAUEDDAsLQYShwAAQqQMACyACKAIkIQMgACgCuAQQ4wIgBEEBRgRAQZShwABBB0GbocAAQSoQ2wEhBAwHCyAAIAM2ArgEIAAoAqgEEMkDIQEgACgCqAQlAUEAQQAgARAPIRQQYSIBIBQmASABEJoDIAAoAtgCEBAhFBBhIgEgFCYBIAAgATYCvAQgAEGcBGohBiACQbQBaiEJIAJBhAFqIQQgACkD2AIhEEIAIQ4DQAJAIA4gEFIEQCACIAYoAAg2ArgBIAIgBikAADcDsAEgBCAOQjiGIA5CgP4Dg0IohoQgDkKAgPwHg0IYhiAOQoCAgPgPg0IIhoSEIA5CCIhCgICA+A+DIA5CGIhCgID8B4OEIA5CKIhCgP4DgyAOQjiIhISENwIAIAJCADcCjAFBACEDA0AgA0EIRg0CIAMgCWoiASABLQAAIAMgBGotAABzOgAAIANBAWohAwwACwALIAAoArwEJQEQESEUEGEiASAUJgEgACABEIsBIgM2AsAEDAYLIAJBsAFqQQwQ/wIhAxCgAyIBJQFB/aDAAEEHEBIgASUBIAMlARATIAMQmgMgACgCxAMgACgCzAMoAgAgDkKQgAF+Ig+nQThqIAApA8gCIhEgD0LIgAF8Ig8gDyARVhunEO8CIQMoAgAlASABJQEgACgCuAQlASADJQEQFCEUEGEiByAUJgEgAkEYahDGAiACKAIYQQFGBEAgAigCHBClAyEEEJoDIAMQmgMgARCaAwwHBSADEJoDIAAoArwEJQEgDqcgByUBIAcQ1wEQFSABEJoDIA5CAXwhDgwBCwALAAtB6KLAABCpAwALQYSmwAAQqQMACyABEPICAAtBq6LAAEENQciiwABBHRDbASEEDAgLIAJBEGogAyAFEJIBQQIhBkEEIAIoAhAiAUECRg0EGiACKAIUIQkgACgCwAQQ4wIgAUEBRgRAEKUDIQQgCRCaAwwBCxAWIRQQYSIFIBQmASACQQA2AnwgAkKAgICAEDcCdCAAKQPYAiETQQEhAUEAIQRCACEOA0ACQAJAIA4gE1IEQCAJJQEgDqcQFyEUEGEiByAUJgECQEKAgAEgACkD0AIgDkIOhiIQfSIPIA9CgIABWhsiDyAHJQEQGK1RBEAgACgCyAMpAxAiESAQfSISQgAgESASWhsiEiAPVARAIAICfyAEIAcgEqciDCAPIBJ9pxDwAiIKEMkDIgNPBEAgAwwBCyACQfQAaiADIARrIgQQZiAEQQFrIQMgAigCeCIBIAIoAnwiDWohBgNAIAZBADoAACADBEAgA0EBayEDIAZBAWohBgwBCwsgBCANagsiBDYCfCAKIAEgBBDsAUEAIQMDQCADIARGDQUgASADaiADQQFqIQMtAABFDQALEKUDIQQgChCaAwwCCyAFIAcQswMMBAsQpQMhBAsgBxCaAyACKAJ0IAIoAngQpwMgBRCaAyAJEJoDDAQLIAJBCGogBSAAKALIAyIBKAIcIAEoAiAQvAEgAigCDCEEIAIoAgghBiACKAJ0IAIoAngQpwMgBRCaAyAJEJoDIAAoArwEEJoDIAAoArgEEJoDIAAoAqwEEJoDIAAoAqgEEJoDIABB3ANqEK4CIAAoAtADIABB1ANqKAIAEKcDQQEMBwsgChCaAyAQIBFaDQAgBSAHQQAgDBDwAiIDELMDIAMQmgMLIA5CAXwhDiAHEJoDDAALAAsgACgCvAQQmgMgACgCuAQhAwsgAxCaAyAAKAKsBBCaAyAAKAKoBBCaAwsgAEHcA2oQrgIgACgC0AMgAEHUA2ooAgAQpwMLQQEhBkEBCyEBIAggAToAAEECIQMgBkECRgRAIABBAzoAiAUMBQsgCxDgASAAKAL0BBCaAyAGQQFxDQELIAAoAuAEIABB5ARqKAIAEKcDQQAMAgsgACgC4AQgAEHkBGooAgAQpwMLQQELIQMgACgC+AQQ5gIgACgC/AQgAEGABWooAgAQpwMgACgC8AQQmgMgAEEBOgCIBQsgACADQQJGIgUEf0EDBSALEPkBIABBlAVBkAUgA0EBcRtqKAIAIwBBEGsiASQAJQFBgAglASAEJQEQCSEUEGEiAyAUJgEgAUEIahDGAiABKAIMIQYgAiABKAIIQQFxIgg2AgAgAiAGIAMgCBs2AgQgAUEQaiQAIAIoAgQgAigCAEEBRgRAQeimwABBMRC3AwALEJoDQYAIEJoDIAQQmgMgACgCkAUQmgMgACgClAUQmgNBAQs6AJgFIAJB0AFqJAAgBQuDFwEPfiAAIAApAwAiBkKixIiRosSIkSKDIgMgACkDECABhSIBQpGixIiRosSIEYMiDX4gBkKRosSIkaLEiBGDIgkgAUKixIiRosSIkSKDIgR+hSAGQsSIkaLEiJGixACDIgcgAUKIkaLEiJGixIh/gyIIfoUgBkKIkaLEiJGixIh/gyIFIAFCxIiRosSIkaLEAIMiCn6FQqLEiJGixIiRIoMgCSANfiILIAMgCH4gByAKfiAEIAV+hYWFQpGixIiRosSIEYOEIgxCPoYgC0I/hoUgBSAIfiAHIA1+IAMgBH4gCSAKfoWFhULEiJGixIiRosQAgyAFIA1+IAQgB34gAyAKfiAIIAl+hYWFQoiRosSIkaLEiH+DhCAMhCINQjmGhSAAKQMIIgMgBoUiCUKixIiRosSIkSKDIgQgACkDGCAChSICIAGFIgdCkaLEiJGixIgRgyIIfiAJQpGixIiRosSIEYMiBSAHQqLEiJGixIiRIoMiCn6FIAlCxIiRosSIkaLEAIMiCyAHQoiRosSIkaLEiH+DIgx+hSAJQoiRosSIkaLEiH+DIgkgB0LEiJGixIiRosQAgyIHfoVCosSIkaLEiJEigyAJIAp+IAcgC34gBCAMfiAFIAh+hYWFQpGixIiRosSIEYOEIAkgDH4gCCALfiAEIAp+IAUgB36FhYVCxIiRosSIkaLEAIOEIAggCX4gCiALfiAEIAd+IAUgDH6FhYVCiJGixIiRosSIf4OEIAZCOIYgBkKA/gODQiiGhCAGQoCA/AeDQhiGIAZCgICA+A+DQgiGhIQgBkIIiEKAgID4D4MgBkIYiEKAgPwHg4QgBkIoiEKA/gODIAZCOIiEhIQiBkIEiEKPnrz48OHDhw+DIAZCj568+PDhw4cPg0IEhoQiBkICiEKz5syZs+bMmTODIAZCs+bMmbPmzJkzg0IChoQiBkIBiELVqtWq1arVqtUAgyAGQtWq1arVqtWq1QCDQgGGhCIGQqLEiJGixIiRIoMiBCABQjiGIAFCgP4Dg0IohoQgAUKAgPwHg0IYhiABQoCAgPgPg0IIhoSEIAFCCIhCgICA+A+DIAFCGIhCgID8B4OEIAFCKIhCgP4DgyABQjiIhISEIgFCBIhCj568+PDhw4cPgyABQo+evPjw4cOHD4NCBIaEIgFCAohCs+bMmbPmzJkzgyABQrPmzJmz5syZM4NCAoaEIgFCAYhC1arVqtWq1arVAIMgAULVqtWq1arVqtUAg0IBhoQiCUKRosSIkaLEiBGDIgF+IAZCkaLEiJGixIgRgyIHIAlCosSIkaLEiJEigyIIfoUgBkLEiJGixIiRosQAgyIFIAlCiJGixIiRosSIf4MiCn6FIAZCiJGixIiRosSIf4MiCyAJQsSIkaLEiJGixACDIgx+hUKixIiRosSIkSKDIAggC34gBSAMfiAEIAp+IAEgB36FhYVCkaLEiJGixIgRg4QgCiALfiABIAV+IAQgCH4gByAMfoWFhULEiJGixIiRosQAg4QgASALfiAFIAh+IAQgDH4gByAKfoWFhUKIkaLEiJGixIh/g4QiAUI4hiABQoD+A4NCKIaEIAFCgID8B4NCGIYgAUKAgID4D4NCCIaEhCABQgiIQoCAgPgPgyABQhiIQoCA/AeDhCABQiiIQoD+A4MgAUI4iISEhCIEQgSIQo+evPjw4cOHD4MgBEKPnrz48OHDhw+DQgSGhCIEQgKIQrPmzJmz5syZM4MgBEKz5syZs+bMmTODQgKGhCIEQgGIQtSq1arVqtWq1QCDIARC1arVqtWq1arVAINCAYaEQgGIhSANhSADQoiRosSIkaLEiH+DIgQgAkLEiJGixIiRosQAgyIHfiADQsSIkaLEiJGixACDIgggAkKIkaLEiJGixIh/gyIFfiADQqLEiJGixIiRIoMiCiACQpGixIiRosSIEYMiC34gA0KRosSIkaLEiBGDIgwgAkKixIiRosSIkSKDIg5+hYWFQqLEiJGixIiRIoMgBCAOfiAHIAh+IAUgCn4gCyAMfoWFhUKRosSIkaLEiBGDhCAEIAV+IAggC34gCiAOfiAHIAx+hYWFQsSIkaLEiJGixACDhCAEIAt+IAggDn4gByAKfiAFIAx+hYWFQoiRosSIkaLEiH+DhCIRhSIHhSIIQgKIIAhCB4iFIAggA0I4hiADQoD+A4NCKIaEIANCgID8B4NCGIYgA0KAgID4D4NCCIaEhCADQgiIQoCAgPgPgyADQhiIQoCA/AeDhCADQiiIQoD+A4MgA0I4iISEhCIDQgSIQo+evPjw4cOHD4MgA0KPnrz48OHDhw+DQgSGhCIDQgKIQrPmzJmz5syZM4MgA0Kz5syZs+bMmTODQgKGhCIDQgGIQtWq1arVqtWq1QCDIANC1arVqtWq1arVAINCAYaEIgNCosSIkaLEiJEigyIFIAJCOIYgAkKA/gODQiiGhCACQoCA/AeDQhiGIAJCgICA+A+DQgiGhIQgAkIIiEKAgID4D4MgAkIYiEKAgPwHg4QgAkIoiEKA/gODIAJCOIiEhIQiAkIEiEKPnrz48OHDhw+DIAJCj568+PDhw4cPg0IEhoQiAkICiEKz5syZs+bMmTODIAJCs+bMmbPmzJkzg0IChoQiAkIBiELVqtWq1arVqtUAgyACQtWq1arVqtWq1QCDQgGGhCIEQpGixIiRosSIEYMiAn4gA0KRosSIkaLEiBGDIgogBEKixIiRosSIkSKDIgt+hSADQsSIkaLEiJGixACDIgwgBEKIkaLEiJGixIh/gyIOfoUgA0KIkaLEiJGixIh/gyIPIARCxIiRosSIkaLEAIMiEH6FQqLEiJGixIiRIoMgCyAPfiAMIBB+IAUgDn4gAiAKfoWFhUKRosSIkaLEiBGDhCAOIA9+IAIgDH4gBSALfiAKIBB+hYWFQsSIkaLEiJGixACDhCACIA9+IAsgDH4gBSAQfiAKIA5+hYWFQoiRosSIkaLEiH+DhCICQjiGIAJCgP4Dg0IohoQgAkKAgPwHg0IYhiACQoCAgPgPg0IIhoSEIAJCCIhCgICA+A+DIAJCGIhCgID8B4OEIAJCKIhCgP4DgyACQjiIhISEIgVCBIhCj568+PDhw4cPgyAFQo+evPjw4cOHD4NCBIaEIgVCAohCs+bMmbPmzJkzgyAFQrPmzJmz5syZM4NCAoaEIgVCAYhC1KrVqtWq1arVAIMgBULVqtWq1arVqtUAg0IBhoSFQgGIhSAIhTcDGCAAIA0gDUIBiCANQgKIhSANQgeIhSACIAEgAyAGhSICQqLEiJGixIiRIoMiBiAEIAmFIgNCkaLEiJGixIgRgyINfiACQpGixIiRosSIEYMiCSADQqLEiJGixIiRIoMiBH6FIAJCxIiRosSIkaLEAIMiCCADQoiRosSIkaLEiH+DIgV+hSACQoiRosSIkaLEiH+DIgIgA0LEiJGixIiRosQAgyIDfoVCosSIkaLEiJEigyACIAR+IAMgCH4gBSAGfiAJIA1+hYWFQpGixIiRosSIEYOEIAIgBX4gCCANfiAEIAZ+IAMgCX6FhYVCxIiRosSIkaLEAIOEIAIgDX4gBCAIfiADIAZ+IAUgCX6FhYVCiJGixIiRosQIg4SFhSIBQjiGIAFCgP4Dg0IohoQgAUKAgPwHg0IYhiABQoCAgPgPg0IIhoSEIAFCCIhCgICA+A+DIAFCGIhCgID8B4OEIAFCKIhCgP4DgyABQjiIhISEIgFCBIhCj568+PDhw4cPgyABQo+evPjw4cOHD4NCBIaEIgFCAohCs+bMmbPmzJkzgyABQrPmzJmz5syZM4NCAoaEIgFCAYhC1KrVqtWq1arVAIMgAULVqtWq1arVqtUAg0IBhoRCAYiFIAdCPoaFIAdCP4aFIAdCOYaFhSARhTcDEAuFEAIMfwF+IwBBkAJrIgIkACACQcgBaiABEKcBAkACQAJAAn8gAi0AyAFBAUYEQCACKALMAQwBCyACLQDJAUEBRgRAIAItAMoBQdsARw0CIAEgAS0AGEEBayIDOgAYIANB/wFxDQMgAkEYNgLgASABIAJB4AFqENIBIQEgAEGAgICAeDYCACAAIAE2AgQMBAsgAkEFNgLgASABIAJB4AFqENIBCyEBIABBgICAgHg2AgAgACABNgIEDAILIAEgAkGPAmpBoOHAABBJIAEQ2AIhASAAQYCAgIB4NgIAIAAgATYCBAwBCyABIAEoAhRBAWo2AhQgAkEBOgA4IAIgATYCNCACQRhqQQBBCEEwEOMBIAJBADYCRCACIAIpAxg3AjwgAkHgAWpBBHIhCQJ/An8CQAJAAkADQCACQeABaiACQTRqEFsgAi0A4AFBAUYEQCACKALkAQwFCwJAIAICfwJAAkACQAJAAkACQAJAIAItAOEBQQFGBEAgAkHIAWogAigCNCIEEKcBIAItAMgBQQFGBEAgAigCzAEMDwsgAi0AyQFBAUcNAQJAIAItAMoBIgNB2wBHBEAgA0H7AEYNASAEIAJBjwJqQYDiwAAQSSAEENgCDBALIAQgBC0AGEEBayIFOgAYIAVB/wFxRQ0OIAQgBCgCFEEBajYCFCACQQE6AMQBIAIgBDYCwAEgAkHgAWogAkHAAWoQqQFBgICAgHghByACKALkASILIQUCfwJAAkACQAJAIAIoAuABDgMBAA0ACyACQeABaiACQcABahCpASACKALkASEFIAIoAuABDgMBAgwCC0EAQfzYwAAQ3AEMAgtBAUH82MAAENwBDAELIAJB4AFqIAJBwAFqEKoBIAIoAuABIQMgAigC+AEiBkGBgICAeEYNCCACIAkoAhA2AtgBIAIgCSkCCDcD0AEgAiAJKQIANwPIASAGQYCAgIB4RwRAIAIoAvwBIQogAikDgAIhDiACIAIoAtgBNgKgASACIAIpA9ABNwOYASACIAIpA8gBNwOQASAFIQwgBiEHIAMhBQwKC0ECQfzYwAAQ3AELIQUMCAsgBCAELQAYQQFrIgM6ABggA0H/AXFFDQUgBCAEKAIUQQFqNgIUIAJBAToAxAEgAiAENgLAAUGAgICAeCEDQQAhDUEAIQcDfwJ/IAJB4AFqIAJBwAFqEFQgAi0A4AFBAUYEQCACKALkAQwBCwJAAkAgAi0A4QFBAUYEQCACKALAASIGQQA2AgggBiAGKAIUQQFqNgIUIAJB4AFqIAZBDGogBhA7IAIoAuQBIQYgBiACKALgAUECRg0DGgJAAkAgBiACKALoASIIQcbRwABBBRDZAkUEQCAGIAhBy9HAAEEGENkCDQEgBiAIQdzKwABBBhDZAg0CIAYgCEGU0sAAQQMQ2QEMBgsgB0UNBEHG0cAAQQUQhwIMBQsgDUUNAkHL0cAAQQYQhwIMBAsgA0GAgICAeEcEQEHcysAAQQYQhwIhBQwICyACQeABaiACKALAARDOAiACKALgASEFIAIoAvgBIgNBgICAgHhGDQggAiAJKAIQNgLYASACIAkpAgg3A9ABIAIgCSkCADcDyAEgAigC/AEhCiACKQOAAiEODAQLIAdFBEBBxtHAAEEFEIgCDAMLIA1FBEBBy9HAAEEGEIgCDAMLIANBgICAgHhGBEBBgICAgHghB0HcysAAQQYQiAIhBQwJCyACIAIoAtgBNgK4ASACIAIpAtABNwOwASACIAIpAsgBNwOoASADIQcMCAsgAkEQaiACKALAARDpASACKAIUIQwgDCACKAIQQQFxDQEaQQEhDQwCCyACQQhqIAIoAsABEOkBIAIoAgwhCyACKAIIQQFxBH8gCwVBASEHDAILCwshBUGAgICAeCEHIANBgICAgHhHDQIMBAsgAiACKQI8Ig43AyAgAiACKAJENgIoIA6nDA4LIAJBBTYC4AEgBCACQeABahDSAQwMCyADIAoQpwMLQYCAgIB4IQcLIAQgBC0AGEEBajoAGCAEEJABIQMgB0GAgICAeEYNBCADDQYgAkGoAWoMAwsgAkEYNgLgASAEIAJB4AFqENIBDAgLIAMhBQsgBCAELQAYQQFqOgAYIAQQciEDIAdBgICAgHhGDQEgAw0DIAJBkAFqCyIDKQIANwNIIAIgAykCCDcDUCACIAMoAhA2AlggAigCRCIGIAIoAjxGBEAjAEEQayIIJAAgCEEIaiACQTxqIgMgAygCAEEBQQhBMBBcIAgoAggiA0GBgICAeEcEQCAIKAIMGiADEPICAAsgCEEQaiQACyACKAJAIAZBMGxqIgMgBTYCACADIAIpA0g3AgQgAyACKQNQNwIMIAMgAigCWDYCFCADIAw2AiwgAyALNgIoIAMgDjcDICADIAo2AhwgAyAHNgIYIAIgBkEBajYCRAwBCwsgAwRAIAMQtwELIAUhAwwBCyAHIAoQpwMLIAMgBBDYAgwBCyACQRg2AuABIAQgAkHgAWoQ0gELIQUgAkGAgICAeDYCICACIAU2AiQgAkE8ahDqAUGAgICAeAshAyABIAEtABhBAWo6ABggAiABEHIiBTYCLAJAAkAgA0GAgICAeEcEQCAFRQ0CIAJBIGoQ6gEMAQsgAigCJCAFBEAgBRC3AQshBQsgBSABENgCIQEgAEGAgICAeDYCACAAIAE2AgQMAQsgACACKQIkNwIEIAAgAzYCAAsgAkGQAmokAAvrEAIZfwF+IwBBgAFrIgIkACAAKAIIIQogACgCBCEOQQEhBUEBIQNBASEIA0ACQCAEIAZqIgFBCE0EQCAFLQCsgkEiBSABLQCsgkEiAU8EQCABIAVHBEBBASEIQQAhBCADIgZBAWohAwwDC0EAIARBAWoiASABIAhGIgUbIQQgAUEAIAUbIANqIQMMAgsgAyAEakEBaiIDIAZrIQhBACEEDAELIAFBCUGMtcAAEOYBAAsgAyAEaiIFQQlJDQALQQEhBUEBIQNBACEEQQEhB0EAIQEDQAJAAkAgASAEaiIJQQhNBEAgBS0ArIJBIgUgCS0ArIJBIglLDQEgBSAJRwRAQQEhB0EAIQQgAyIBQQFqIQMMAwtBACAEQQFqIgUgBSAHRiIJGyEEIAVBACAJGyADaiEDDAILIAlBCUGMtcAAEOYBAAsgAyAEakEBaiIDIAFrIQdBACEECyADIARqIgVBCUkNAAsCQAJAAkACQCAGIAEgASAGSSIBGyIJQQpJBEAgCCAHIAEbIgMgCWoiASADSSABQQpPckUEQAJAAkACQEGsgsEAIANBrILBAGogCRDrASIRBEBBCSAJayIBIAkgASAJSxtBAWohA0F/IQVCgICAgLDElAghGiAJIQFBfyEGDAELQQEhBkEAIQRBASEBQQAhCANAIAEiBSAEaiILQQhNBEAgAUF/cyAEayIHQQlqIQEgB0F3SQ0KQQggBCAIamsiB0EISw0JAkACQCABLQCsgkEiASAHLQCsgkEiB08EQCABIAdGDQEgBUEBaiEBQQAhBEEBIQYgBSEIDAILIAtBAWoiASAIayEGQQAhBAwBC0EAIARBAWoiASABIAZGIgcbIQQgAUEAIAcbIAVqIQELIAMgBkcNAQsLQQEhBkEAIQRBASEBQQAhBwNAIAEiBSAEaiISQQhNBEAgAUF/cyAEayILQQlqIQEgC0F3SQ0EQQggBCAHamsiC0EJTw0DAkACQCABLQCsgkEiASALLQCsgkEiC00EQCABIAtGDQEgBUEBaiEBQQAhBEEBIQYgBSEHDAILIBJBAWoiASAHayEGQQAhBAwBC0EAIARBAWoiASABIAZGIgsbIQQgAUEAIAsbIAVqIQELIAMgBkcNAQsLQQkhBkEJIAcgCCAHIAhLG2shASADRQRAQQAhA0EAIQUMAQtBACEFQQAhBANAQgEgBEGsgsEAajEAAIYgGoQhGiADIARBAWoiBEcNAAsLIAJBCTYCfCACQayCwQA2AnggAiAKNgJ0IAIgDjYCcCACIAY2AmggAiAFNgJkIAIgCjYCYCACQQA2AlwgAiADNgJYIAIgATYCVCACIAk2AlAgAiAaNwNIIAJBATYCQCACQTRqIRMgEUEARyEPIA5BCWshFUEAIAJByABqIgwoAgwiDWshFiANQayCwQBqIQQgDUEJayEXQQkgDSANQQlNGyIYIA1rIQsgDCgCICEBIAwoAhAhCSAMKQMAIRogDCgCGCEDA0AgFkEJIAEgDxsiBSANIAUgDUsbaiERIA0gASANIAEgDUkbIA8bIhJBAWtBCUkhGQJAAkACQAJAAkADQCAKIANBCWsiBU0EQEEAIQEgDEEANgIYDAYLAkAgGiAFIA5qMQAAiEIBg1BFBEAgAyAVaiEIIANBCmshByASIQEMAQsgDCAFNgIYIAUhAyAPDQFBCSEBDAULAkADQCABRQRAIAMgF2ohASARIQYgCyEIIAQhBwNAIAZFBEAgDCAFNgIYIA9FBEAgDEEJNgIgCyATIAM2AgggEyAFNgIEQQEhAQwKCyAIRQ0FIAEgCk8NBiAGQQFrIQYgCEEBayEIIAEgDmohECAHLQAAIAdBAWohByABQQFqIQEgEC0AAEYNAAsgDCADIAlrIgM2AhggDw0DIAkhAQwHCyABQQFrIQYgGUUNBSAKIAEgB2oiEEsEQCABQauCwQBqIAEgCGohFCAGIQEtAAAgFEEBay0AAEcNAgwBCwsgECAKQeiDwQAQ5gEACyAMIAEgA2ogDWsiAzYCGCAPDQALQQkhAQwDCyAYQQlBuIPBABDmAQALIAEgCkHIg8EAEOYBAAsgBkEJQdiDwQAQ5gEACyAMIAE2AiAMAQsLIBMgATYCAEEAIQFBACEFIAIoAjRBAUcNBSACKAI4IgZBCWoiCCEEA0AgAkEoaiAOIAogBEG4gsEAEOIBAkAgAigCLARAIAIoAigtAABBMGtB/wFxQQpJDQELIAJBIGogDiAKIARByILBABDiASACKAIgIAIoAiRB2ILBAEEIENoCRQ0HIARBCGoiByEDA0ACQCACQRhqIA4gCiADQeCCwQAQ4gECQCACKAIcBEAgAigCGC0AAEEwa0H/AXFBCkkNAQsgAyAKSQ0KIAJBEGogDiAKIAggBEHwgsEAEKYBIAJBQGsiASACKAIQIAIoAhQQaSACLQBAQQFGDQkgAigCRCEFIAJBCGogDiAKIAcgA0GAg8EAEKYBIAEgAigCCCACKAIMEGkgAi0AQEEBRg0JIAIoAkQhASAGIApLDQogBkUgBiAKT3JFBEAgBiAOaiwAAEG/f0wNAgsgACAGNgIIDAoLIANBAWohAwwBCwtB3+XAAEEwQZCDwQAQ+QIACyAEQQFqIQQMAAsACyALQQlBrLXAABDmAQALIAFBCUGctcAAEOYBAAsgAyABQQlBvLXAABBlAAtBACAJQQlBzLXAABBlAAtBACEBQQAhBQsgAiAAKAIINgJIIAIgACkCADcDQCACIAJBQGsQzwEgAikDACEaEJsCIgAgATYCECAAIAU2AgwgACAaNwIEIABBADYCACACQYABaiQAIAAPCyAHQQlBrLXAABDmAQALIAFBCUGctcAAEOYBAAv1DAIMfwJ+IwBB8ABrIgIkACACQcgAaiABEKcBAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACfwJAAkACQAJAAn8gAi0ASEEBRgRAIAIoAkwMAQsgAi0ASUEBRgRAIAItAEoiA0HbAEYNAiADQfsARg0DIAEgAkHvAGpBkOLAABBJIAEQ2AIhASAAQYCAgIB4NgIYIAAgATYCAAwTCyACQQU2AlggASACQdgAahDSAQshAyAAQYCAgIB4NgIYIAAgAzYCAAwRCyABIAEtABhBAWsiAzoAGCADQf8BcQRAIAEgASgCFEEBajYCFCACQQE6ACQgAiABNgIgIAJB2ABqIgYgAkEgaiIEEFsgAi0AWEEBRg0IAkAgAi0AWUEBRgRAIAYgAigCIBBVIAItAFhBAUYNCiACIAIpAF83AzggAiACLwBnOwFAIAIoAFshBSACLwBZIQMgBiAEEFsgAi0AWEEBRg0KIAItAFlBAUcNBCAGIAIoAiAQViACKAJYQQFGDQogAigCZCEHIAIoAmAhCCAGIAQQpAEgAigCWCIEQYGAgIB4Rg0KIARBgICAgHhGDQEgAigCYCELIAIoAlwhCSACIAM7AVggAiACLwFAOwEYIAIgAikDODcDECACIAU2AVogBUEQdiEKIAIoAlghAwwMCyACIAIvATA7AVAgAiACKQIoNwNIQQBB7NnAABDcAQwKC0ECQezZwAAQ3AEhA0GAgICAeCEEDAoLDAYLIAEgAS0AGEEBayIDOgAYIANB/wFxRQ0FIAEgASgCFEEBajYCFCACQQE6ACwgAiABNgIoIAJB4ABqIQwgAkHYAGpBAXIhDUGAgICAeCEHA0AgAkHYAGoiBiACQShqEFQgAi0AWEEBRg0CAkACQAJAIAItAFlBAUYEQCACKAIoIgNBADYCCCADIAMoAhRBAWo2AhQgBiADQQxqIAMQOyACKAJcIgMgAigCWEECRg0HGgJAAkAgAyACKAJgIgZBzNLAAEECENkCRQRAIAMgBkHO0sAAQQMQ2QINASADIAZB0dLAAEEEENkCDQIgAyAGQdjSwABBAxDZAQwKCyAEDQMgAigCKCIEEKIBIgMEQCACIAM2AlwMCQsgAkHYAGogBBBVIAItAFgNCCACIA0tAAI6AEYgAiANLwAAOwFEIAIgDCkCADcDOCACIAwtAAg6AEAgAigCXCEKQQEhBEEBIQgMBgsgDlANBEHO0sAAQQMQhwIMCAsgB0GAgICAeEcEQEHR0sAAQQQQhwIhAwwJCyACQdgAaiACKAIoEM8CIAIoAlwhCSACKAJYIgdBgICAgHhGDQIgAigCYCELDAQLIAhBAXFFBEBBzNLAAEECEIgCDAcLIAVBAXFFBEBBztLAAEEDEIgCDAcLQYCAgIB4IQQgB0GAgICAeEYEQEHR0sAAQQQQiAIhAwwJCyACIAItAEY6ACIgAiACLwBEOwEgIAIgAikAODcDSCACIAItAEA6AFAgAiAKNgAjIApBCHYhCiACKAIgIQMgByEEDAgLQczSwABBAhCHAgwFC0GAgICAeCEEIAkhAwwGCyACKAIoIgUQogEiAwRAIAIgAzYCXAwDCyACQdgAaiAFEFYgAigCWA0CIAIpA2AhD0EBIQVCASEODAALAAtBgICAgHghBEEBQezZwAAQ3AEhAwwHCyACKAJcCyEDQYCAgIB4IQQgB0GAgICAeEYNAQsgByAJEKcDQYCAgIB4IQQLIAEgAS0AGEEBajoAGCABEJABIQUgAiACLQAmOgBYIAIgAikDSDcAWSACIAItAFA6AGEgBEGAgICAeEcEQCAFDQcgAiACLwFgOwEIIAIgAikBWDcDACAPQiCIpyEHIA+nIQgMBQsgBUUNBwwFCyACQRg2AlggASACQdgAahDSASEDIABBgICAgHg2AhggACADNgIADAkLIAIoAlwLIQNBgICAgHghBAsgASABLQAYQQFqOgAYIAEQciEFIARBgICAgHhGBEAgBQ0CDAQLIAUNAiACIAIvARg7AQggAiACKQMQNwMACyAAIAo7AQQgACACKQMANwEGIAAgAi8BCDsBDiAAIAs2AiAgACAJNgIcIAAgBzYCFCAAIAg2AhAMBAsgBRC3AQwBCyAEIAkQpwMMAQsgAyEFC0GAgICAeCEEIAUgARDYAiEDCyAAIAQ2AhggACADNgIACyACQfAAaiQAC6EMAgl/A34jAEFAaiICJAACfyACAn8CfwJAAkACQAJAIAAtAAAiBEEDaw4FAQAAAAIACyABKAIEIQMgASgCACEBAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAEQQFrDhECAwAEBQYABwgJCgsMDQ4PEAELAAsgAiAALQABOgAwIAJBwgA2AhwgAiACQTBqNgIYIAEgA0GzmcAAIAJBGGoQRwwUCyACIAApAwg3AzAgAkHDADYCHCACIAJBMGo2AhggASADQaWZwAAgAkEYahBHDBMLIAIgACkDCDcDMCACQcQANgIcIAIgAkEwajYCGCABIANBpZnAACACQRhqEEcMEgsgAiAAKAIENgIwIAJBxQA2AhwgAiACQTBqNgIYIAEgA0GVmcAAIAJBGGoQRwwRCyACIAApAgQ3AjAgAkENNgIcIAIgAkEwajYCGCABIANBxITAACACQRhqEEcMEAsgAUHN4sAAQQogAygCDBEAAAwPCyABQdfiwABBDCADKAIMEQAADA4LIAFB4+LAAEEOIAMoAgwRAAAMDQsgAUHx4sAAQQggAygCDBEAAAwMCyABQfniwABBAyADKAIMEQAADAsLIAFB/OLAAEEEIAMoAgwRAAAMCgsgAUGA48AAQQwgAygCDBEAAAwJCyABQYzjwABBDyADKAIMEQAADAgLIAFBm+PAAEENIAMoAgwRAAAMBwsgAUGo48AAQQ4gAygCDBEAAAwGCyABIAAoAgQgACgCCCADKAIMEQAADAULIAApAwgiC0L///////////8Ag0L/////////9/8AWARAIAJBLToAGCALQv////////8HgyEMIAtCP4inIAJBGGpqIQMCfyALQjSIQv8PgyILUARAIAxQDQQgAkEwaiAMQgFBARBKIAIpAzBCCn4gAjEAPEIAIAIxAD19g3whCyACKAI4IQADQCALQoCAmqbqr+MBWQRAIAIgC0Kas+bMmbPmzBkQrwEgCyACKQMIIgtCdn58IgxCAFIhBSAMpwwDBSAAQQFrIQAgC0IKfiELDAELAAsACyACQTBqIAxCgICAgICAgAiEIAsgDEIAUhBKIAItAD0hBSACKAI4IQAgAikDMCELIAItADwLIQcgAkEwaiALQoDC1y+AIgxC/////w+DEIwBIAAgC0L//5mm6q/jAVUiBGpBD2ohACACKQMwIQ0CfiALIAxCgMLXL359IgtQBEAgAigCOCEGQrDgwIGDhoyYMAwBCyACQTBqIAsQjAEgAigCOEEIaiEGIAIpAzBCsODAgYOGjJgwfAshCyADIARqIA1CsODAgYOGjJgwfDcAACADQQlBCCAEG2ogCzcAACADQRFBECAEG2ogB0EwajoAAEERIAYgBUEBcRsgBGoiBUEBayEEIABBBWpBFU8EQCADLQABIQYgA0EuOgABIAMgBjoAACADIAVqIgcgBEEBSyIIaiAAIABBH3UiBXMgBWsiBUEJSmoiBiAFQfsobEETdiIJQTBqOgAAIAYgBUHjAEoiCmogCUG4fmwgBUEBdGpByJLBAGovAQA7AAAgByADIARqIAgbQeXWAEHl2gAgAEEAThs7AAAgBkEDQQIgChtqDAQLIANBAWohBgJAIAAgBUECa0gEQCAAQQBODQEgA0EBIABrIgBqIQUgBARAIAUgBiAE/AoAAAsgAARAIANBMCAA/AsACyADQS46AAEgBCAFagwFCyAEBEAgAyAGIAT8CgAACyAAQQNqIgUgBGsiBgRAIAMgBGpBMCAG/AsACyAAIANqQQFqQS46AAAgAyAFagwECyAAQQFqIgAEQCADIAYgAPwKAAALIAAgA2pBLjoAACADIAVqDAMLQZiNwQBBm43BACALQgBZIgAbQZ+NwQAgC0L/////////B4NQIgQbIQNBA0EEIAAbQQMgBBsMAwsgASgCAEG4+cAAQQQgASgCBCgCDBEAAAwDCyADQTA6AAIgA0Gw3AA7AAAgA0EDagsgAkEYaiIDaws2AhQgAiADNgIQIAJBEjYCNCACIAJBEGo2AjAgASgCACABKAIEQfKYwAAgAkEwahBHCyACQUBrJAALnA4BBn8jAEEgayIEJAAgAAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEOKAIBAQEBAQEBAQMFAQEEAQEBAQEBAQEBAQEBAQEBAQEBAQEJAQEBAQcACyABQdwARg0FCyACQQFxIAFB/wVLcQ0GIAFBIEkNCyABQf8ASQ0KDAkLIABCADcBAiAAQdzgADsBAAwHCyAAQgA3AQIgAEHc6AE7AQAMBgsgAEIANwECIABB3OQBOwEADAULIABCADcBAiAAQdzcATsBAAwECyAAQgA3AQIgAEHcuAE7AQAMAwsgAkGAAnFFDQQgAEIANwECIABB3M4AOwEADAILQRBBACABQaudBE8bIgIgAkEIciIDIAFBC3QiAiADQQJ0KALIxEBBC3RJGyIDIANBBHIiAyADQQJ0KALIxEBBC3QgAksbIgMgA0ECciIDIANBAnQoAsjEQEELdCACSxsiAyADQQFqIgMgA0ECdCgCyMRAQQt0IAJLGyIDIANBAWoiAyADQQJ0KALIxEBBC3QgAksbIgNBAnQoAsjEQEELdCIFIAJGIAIgBUtqIANqIgVBAnQiAkHIxMAAaiEIIAIoAsjEQEEVdiECQf8FIQMCQCAFQR9NBEAgCCgCBEEVdiEDIAVFDQELIAhBBGsoAgBB////AHEhBwsCQCADIAJBf3NqRQ0AIAEgB2shByADQQFrIQVBACEDA0AgAyACQdCuwABqLQAAaiIDIAdLDQEgBSACQQFqIgJHDQALCyACQQFxRQ0CIARBADoADiAEQQA7AQwgBCABQRR2LQDP5UA6AA8gBCABQQR2QQ9xLQDP5UA6ABMgBCABQQh2QQ9xLQDP5UA6ABIgBCABQQx2QQ9xLQDP5UA6ABEgBCABQRB2QQ9xLQDP5UA6ABAgAUEBcmdBAnYiAiAEQQxqIgZqIgNB+wA6AAAgA0EBa0H1ADoAACAGIAJBAmsiAmpB3AA6AAAgACAEKQEMNwAAIARB/QA6ABUgBCABQQ9xLQDP5UA6ABQgACAELwEUOwAIDAULIAJB////B3FBgIAESQ0CIABCADcBAiAAQdzEADsBAAtBACECQQIMBAsCQAJAAkAgAUGAgARPBEAgAUGAgAhJDQEgAUH+//8AcSICQa6dC0YgAUHg//8AcUHgzQpGciACQZ7wCkYgAUHw1wtrQXBLcnIgAUGA8AtrQd1sSyABQYCADGtBnXRLciABQdCmDGtBeksgAUGAgjhrQfnmVEtycnINBSABQfCDOEkNBAwFCyABQQh2Qf8BcSEIQQAhAgNAIAJBAmohByAGIAItAPm+QCIFaiEDIAggAi0A+L5AIgJHBEAgAiAISw0DIAMhBiAHIgJBzABHDQEMAwsCQAJAIAMgBkkgA0GcAktyRQRAIAVFDQIgBkHEv8AAaiECDAELIAYgA0GcAkGExMAAEGUACwNAIAItAAAgAUH/AXFGDQcgAkEBaiECIAVBAWsiBQ0ACwsgAyEGIAciAkHMAEcNAAsMAQsgAUEIdkH/AXEhCEEAIQIDQAJAIAJBAmohByAGIAItANG4QCIFaiEDIAggAi0A0LhAIgJHBEAgAiAISw0BIAMhBiAHIgJB3ABHDQIMAQsCQAJAIAMgBkkgA0HUAUtyRQRAIAVFDQIgBkGsucAAaiECDAELIAYgA0HUAUGExMAAEGUACwNAIAItAAAgAUH/AXFGDQcgAkEBaiECIAVBAWsiBQ0ACwsgAyEGIAciAkHcAEcNAQsLIAFB//8DcSEGQQEhBUEAIQIDQCACQQFqIQMCQCACLACAu0AiB0EATgRAIAMhAgwBCyADQfgDRwRAIAJBgbvAAGotAAAgB0H/AHFBCHRyIQcgAkECaiECDAELQZTEwAAQrgMACyAGIAdrIgZBAEgNAiAFQQFzIQUgAkH4A0cNAAsMAQtBASEFIAEhBkEAIQIDQCACQQFqIQMCQCACLADgwUAiB0EATgRAIAMhAgwBCyADQaQCRwRAIAJB4cHAAGotAAAgB0H/AHFBCHRyIQcgAkECaiECDAELQZTEwAAQrgMACyAGIAdrIgZBAEgNASAFQQFzIQUgAkGkAkcNAAsLIAVBAXFFDQELIAAgATYCAEGAASECQYEBDAILIARBADoAGCAEQQA7ARYgBCABQRR2LQDP5UA6ABkgBCABQQR2QQ9xLQDP5UA6AB0gBCABQQh2QQ9xLQDP5UA6ABwgBCABQQx2QQ9xLQDP5UA6ABsgBCABQRB2QQ9xLQDP5UA6ABogAUEBcmdBAnYiAiAEQRZqIgZqIgNB+wA6AAAgA0EBa0H1ADoAACAGIAJBAmsiAmpB3AA6AAAgACAEKQEWNwAAIARB/QA6AB8gBCABQQ9xLQDP5UA6AB4gACAELwEeOwAIC0EKCzoADSAAIAI6AAwgBEEgaiQAC68LAQl/IwBBQGoiAiQAIAIgARCnAQJAAkAgAi0AAEEBRgRAIAIoAgQhAQwBCwJ/AkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAIAItAAFBAUYEQCACLQACQe4ARg0BCyACQQhqIAEQpwEgAi0ACEEBRgRAIAIoAgwMEAsgAi0ACUEBRw0BAkAgAi0ACiIDQdsARwRAIANB+wBGDQEgASACQT9qQeDhwAAQSSABENgCDBELIAEgAS0AGEEBayIDOgAYIANB/wFxRQ0PIAEgASgCFEEBajYCFCACQQE6ADggAiABNgI0IAJBGGogAkE0ahCkAQJAAkAgAigCGCIFQYGAgIB4RgRAIAIoAhwhAwwBCwJ/AkAgBUGAgICAeEcEQCACKAIgIQkgAigCHCEEIAJBGGogAkE0ahCkASACKAIYIgdBgYCAgHhGBEAgAigCHAwDCyAHQYCAgIB4Rg0BIAIoAiAhBiACKAIcIQogBCEDDAQLQQBBqNrAABDcASEDQYCAgIB4IQUMAwtBAUGo2sAAENwBCyEDIAUgBBCnAwtBgICAgHghBQsgASABLQAYQQFqOgAYIAIgARByIgQ2AjAgAiAGNgIsIAIgCjYCKCACIAc2AiQgAiAJNgIgIAIgAzYCHCACIAU2AhgCQCAFQYCAgIB4RwRAIAQNASACIAJBIGoiBCkCCDcDECACIAQpAgA3AwgMEAsgBA0EDA4LIAJBGGoQ9QJBgICAgHghBSAEIQMMDgsgASABLQAYQQFrIgM6ABggA0H/AXFFDQsgASABKAIUQQFqNgIUIAJBAToAOCACIAE2AjRBgICAgHghBkGAgICAeCEIAkACQANAIAJBGGogAkE0ahBUIAItABhBAUYEQCACKAIcIQMMCgsgAi0AGUEBRgRAIAIoAjQiA0EANgIIIAMgAygCFEEBajYCFCACQRhqIANBDGogAxA7IAIoAhwhAyACKAIYQQJGDQoCQCADIAIoAiAiBUHR0sAAQQQQ2QJFBEAgAyAFQfDSwABBBBDZAg0BIAMgBUH00sAAQQIQ2QEhAwwMCyAGQYCAgIB4Rw0DIAJBGGogAigCNBDPAiACKAIcIQMgAigCGCIGQYCAgIB4Rg0KIAIoAiAhCiADIQQMAgsgCEGAgICAeEcEQEHw0sAAQQQQhwIhAwwMCyACQRhqIAIoAjQQzwIgAigCHCEHIAIoAhgiA0GAgICAeEYNCCACKAIgIQkgAyEIDAELCyAGQYCAgIB4Rg0FIAhBgICAgHhGDQEgBCEDIAYMDAtB0dLAAEEEEIcCIQMMBwtB8NLAAEEEEIgCIQMMCQsgASABKAIUQQFqNgIUIAFB+MnAAEEDEJoBIgENDyAAQYCAgIB4NgIADBALIAJBBTYCGCABIAJBGGoQ0gEMDQsgBBC3AQwJC0HR0sAAQQQQiAIhAwwBCyAHIQMMAwtBgICAgHghBgsgCEGAgICAeEYNAQsgCCAHEKcDC0GAgICAeCAGQYCAgIB4Rg0BGgsgBiAEEKcDQYCAgIB4CyEFIAEgAS0AGEEBajoAGCACIAEQkAEiBDYCMCACIAk2AiwgAiAHNgIoIAIgCDYCJCACIAo2AiAgAiADNgIcIAIgBTYCGAJAIAVBgICAgHhHBEAgBA0BIAIgAkEgaiIEKQIINwMQIAIgBCkCADcDCAwECyAERQ0CIAQQtwEMAgsgAkEYahD1AkGAgICAeCEFIAQhAwwCCyACQRg2AhggASACQRhqENIBDAMLQYCAgIB4IQULIAVBgICAgHhGBEAgAyABENgCDAILIAAgAikDEDcCECAAIAIpAwg3AgggACADNgIEIAAgBTYCAAwDCyACQRg2AhggASACQRhqENIBCyEBIABBgYCAgHg2AgAgACABNgIEDAELIABBgYCAgHg2AgAgACABNgIECyACQUBrJAALjwsCCH8BfiMAQSBrIgQkAAJAAn8CQAJAAkACQAJAAkACQAJAAkADQCABKAIIIgUgASgCBCIGRg0CAkACQAJAIAUgBkkEQCABKAIAIgggBWotAAAiA0EiRiADQdwARnIgA0EgSXINAiAEIAVBAWoiCSAIIAZBzIHBABCpAiAEKAIAQQhrIQdBACAEKAIEIgpB+P///wdxayEDA0AgA0UNAiADQQhqIQMgB0EIaiIHKQAAIgtCosSIkaLEiJEihUKBgoSIkKDAgAF9IAtCoMCAgYKEiJAgfYQgC0LcuPHixYuXrtwAhUKBgoSIkKDAgAF9hCALQn+Fg0KAgYKEiJCgwIB/gyILUA0ACyABIAcgCGsgC3qnQQN2aiIDNgIIDAMLIAUgBkG8gcEAEOYBAAsgASAKQXhxIAlqNgIIIAEoAggiAyABKAIEIgYgAyAGSxshByABKAIAIQgDQAJAIAMgB0YNACADIAhqLQAAIgZBIkYgBkHcAEZyIAZBIElyDQAgASADQQFqIgM2AggMAQsLIAEoAgQhBiABKAIIIQMMAQsgBSEDCyADIAZGDQIgAyAGTw0DAkAgASgCACIHIANqLQAAIghB3ABHBEAgCEEiRg0BIAEgA0EBajYCCCAEQRA2AhQgACABIARBFGoQ7QEMDQsgAyAFSQ0FIAIgBSAHaiADIAVrEJcCIAEgA0EBaiIFNgIIAkAgBSAGSQRAIAEgA0ECajYCCCAEIAUgB2otAAAiAzoADQwBCyAEQQQ2AhQgBEEMaiABIARBFGoQ7wEgBC0ADEEBRgRAIAQoAhAMDQsgBC0ADSEDCwJAAkACQAJAAkACQAJAAkACQAJAAkAgA0H/AXEiA0HuAGsOCAcBAQEIAQkKAAsCQCADQeIAaw4FBQEBAQYACyADQSJGDQEgA0EvRg0DIANB3ABGDQILIARBDDYCFCABIARBFGoQgAIMFAsgAkEiELECDAkLIAJB3AAQsQIMCAsgAkEvELECDAcLIAJBCBCxAgwGCyACQQwQsQIMBQsgAkEKELECDAQLIAJBDRCxAgwDCyACQQkQsQIMAgsgBEEUaiIDIAEQhgEgBC8BFEEBRg0KIAQvARYiBUGA+ANxQYC4A0YNAiAFQYDIAGpB//8DcUGA+ANPBEAgAyABEOcBIAQtABRBAUYNCyAELQAVIAEgASgCCCIHQQFqNgIIQdwARw0HIAMgARDnASAELQAUDQsgBC0AFSABIAdBAmo2AghB9QBHDQggAyABEIYBIAQvARQNCyAELwEWIgZBgEBrQf//A3FB//cDTQRAIARBFDYCFCABIAMQgAIMDQsgBkGAyABqQf//A3EgBUGA0ABqQf//A3FBCnRqQYCABGogAhCCAQwCCyAFIAIQggEMAQsLIAIoAggEQCADIAVJDQcgAiAFIAdqIAMgBWsQlwJBASEHIAEgA0EBajYCCCAEQRRqIAEgAigCBCACKAIIEJwBAkAgBCgCFCIDRQRAQQIhByAEKAIYIQMMAQsgACAEKAIYNgIICyAAIAc2AgAgACADNgIEDAsLIAMgBUkNByABIANBAWo2AgggBEEUaiABIAUgB2ogAyAFaxCcASAAAn8gBCgCFCIDRQRAIAQoAhghA0ECDAELIAAgBCgCGDYCCEEACzYCACAAIAM2AgQMCgsgBEEUNgIUIAEgBEEUahCAAgwICyAEQQQ2AhQgACABIARBFGoQ7QEMCAsgAyAGQdyBwQAQ5gEACyAFIAMgBkGMgsEAEGUACyAEQRc2AhQgASAEQRRqEIACDAQLIARBFzYCFCABIARBFGoQgAIMAwsgBSADIAZB7IHBABBlAAsgBSADIAZB/IHBABBlAAsgBCgCGAshASAAQQI2AgAgACABNgIECyAEQSBqJAAL0QcBCn8CQAJAIAAoAggiCkGAgIDAAXFFDQACQAJAAkACQCAKQYCAgIABcQRAIAAvAQ4iCA0BQQAhAgwCCyACQRBPBEAgAiABIAFBA2pBfHEiCWsiBmoiCEEDcSEFIAEgCUcEQCABIQQDQCAHIAQsAABBv39KaiEHIARBAWohBCAGQQFqIgYNAAsLIAUEQCAJIAhB/P///wdxaiEEA0AgAyAELAAAQb9/SmohAyAEQQFqIQQgBUEBayIFDQALCyAIQQJ2IQYgAyAHaiEHA0AgCSEIIAZFDQVBwAEgBiAGQcABTxsiC0EDcSEFAkAgC0ECdCIJQfAHcSIDRQRAQQAhAwwBCyADIAhqIQxBACEDIAghBANAIAMgBCgCACIDQX9zQQd2IANBBnZyQYGChAhxaiAEQQRqKAIAIgNBf3NBB3YgA0EGdnJBgYKECHFqIARBCGooAgAiA0F/c0EHdiADQQZ2ckGBgoQIcWogBEEMaigCACIDQX9zQQd2IANBBnZyQYGChAhxaiEDIARBEGoiBCAMRw0ACwsgBiALayEGIAggCWohCSADQQh2Qf+B/AdxIANB/4H8B3FqQYGABGxBEHYgB2ohByAFRQ0ACyAFQQJ0IQUgCCALQfwBcUECdGohBEEAIQMDQCADIAQoAgAiA0F/c0EHdiADQQZ2ckGBgoQIcWohAyAEQQRqIQQgBUEEayIFDQALIANBCHZB/4H8B3EgA0H/gfwHcWpBgYAEbEEQdiAHaiEHDAQLIAJFDQMgASEEIAIhAwNAIAcgBCwAAEG/f0pqIQcgBEEBaiEEIANBAWsiAw0ACwwDCyABIAJqIQZBACECIAEhAyAIIQUDQCADIgQgBkYNAgJ/IARBAWogBCwAACIDQQBODQAaIARBAmogA0FgSQ0AGiAEQQRBAyADQW9LG2oLIgMgBGsgAmohAiAFQQFrIgUNAAsLQQAhBQsgCCAFayEHCyAHIAAvAQwiA08NACADIAdrIQhBACEEQQAhBgJAAkACQCAKQR12QQNxQQFrDgIAAQILIAghBgwBCyAIQf7/A3FBAXYhBgsgCkH///8AcSEJIAAoAgQhBSAAKAIAIQADQCAEQf//A3EgBkH//wNxSQRAQQEhAyAEQQFqIQQgACAJIAUoAhARAQBFDQEMAwsLQQEhAyAAIAEgAiAFKAIMEQAADQEgCCAGa0H//wNxIQFBACEEA0AgASAEQf//A3FNBEBBAA8LIARBAWohBCAAIAkgBSgCEBEBAEUNAAsMAQsgACgCACABIAIgACgCBCgCDBEAACEDCyADC+4GAQV/AkACQAJAAkACQAJAAkACQAJAIABBBGsiBygCACIIQXhxIgRBBEEIIAhBA3EiBRsgAWpPBEAgBUEAIAFBJ2oiBiAESRsNAQJAIAJBCU8EQCACIAMQWCICDQFBAA8LQQAhAiADQcz/e0sNCkEQIANBC2pBeHEgA0ELSRshASAAQQhrIQYgBUUEQCAGRSABQYACSXIgASAET3INCSAEIAFrQYCACE0NCAwJCyAEIAZqIQUCQCABIARLBEAgBUGwmMEAKAIARg0BQayYwQAoAgAgBUcEQCAFKAIEIghBAnENCyAIQXhxIgggBGoiBCABSQ0LIAUgCBBaIAQgAWsiBUEQTwRAIAcgASAHKAIAQQFxckECcjYCACABIAZqIgEgBUEDcjYCBCAEIAZqIgQgBCgCBEEBcjYCBCABIAUQUAwKCyAHIAQgBygCAEEBcXJBAnI2AgAgBCAGaiIBIAEoAgRBAXI2AgQMCQtBpJjBACgCACAEaiIEIAFJDQoCQCAEIAFrIgVBD00EQCAHIAhBAXEgBHJBAnI2AgAgBCAGaiIBIAEoAgRBAXI2AgRBACEFQQAhAQwBCyAHIAEgCEEBcXJBAnI2AgAgASAGaiIBIAVBAXI2AgQgBCAGaiIEIAU2AgAgBCAEKAIEQX5xNgIEC0GsmMEAIAE2AgBBpJjBACAFNgIADAgLIAQgAWsiBEEPTQ0HIAcgASAIQQFxckECcjYCACABIAZqIgEgBEEDcjYCBCAFIAUoAgRBAXI2AgQgASAEEFAMBwtBqJjBACgCACAEaiIEIAFLDQUMCAsgAyABIAEgA0sbIgMEQCACIAAgA/wKAAALIAcoAgAiA0F4cSIHIAFBBEEIIANBA3EiARtqSQ0CIAFFDQggBiAHSQ0DDAgLQciLwQBBLkH4i8EAEPkCAAtBiIzBAEEuQbiMwQAQ+QIAC0HIi8EAQS5B+IvBABD5AgALQYiMwQBBLkG4jMEAEPkCAAsgByABIAhBAXFyQQJyNgIAIAEgBmoiBSAEIAFrIgFBAXI2AgRBqJjBACABNgIAQbCYwQAgBTYCAAsgBkUNAQsgAA8LIAMQLyIBRQ0BIANBfEF4IAcoAgAiAkEDcRsgAkF4cWoiAiACIANLGyICBEAgASAAIAL8CgAACyABIQILIAAQQQsgAguwBgENfyMAQRBrIgkkACAAKAIEIQMgACgCACEHQQEhCwJAIAEoAgAiCkEiIAEoAgQiDCgCECINEQEADQACQCADRQRAQQAhA0EAIQAMAQsgAyEBIAchCANAIAEgCGohDkEAIQACQAJAA0AgACAIaiIFLQAAIgZB/wBrQf8BcUGhAUkgBkEiRnIgBkHcAEZyDQEgASAAQQFqIgBHDQALIAEgBGohBAwBCwJ/IAUsAAAiAUEATgRAIAFB/wFxIQEgBUEBagwBCyAFLQABQT9xIQYgAUEfcSEIIAFBX00EQCAIQQZ0IAZyIQEgBUECagwBCyAFLQACQT9xIAZBBnRyIQYgAUFwSQRAIAYgCEEMdHIhASAFQQNqDAELIAhBEnRBgIDwAHEgBS0AA0E/cSAGQQZ0cnIhASAFQQRqCyEIIAAgBGohACAJIAFBgYAEEDkCQCAJLQANIgQgCS0ADCIFayIGQf8BcUEBRg0AAkACQAJAIAAgAkkNAAJAIAJFDQAgAiADTwRAIAIgA0cNAgwBCyACIAdqLAAAQb9/TA0BCwJAIABFDQAgACADTwRAIAAgA0YNAQwCCyAAIAdqLAAAQb9/TA0BCyAKIAIgB2ogACACayAMKAIMIgIRAABFDQEMAgsgByADIAIgAEHsxcAAEJ4DAAsCQCAEQYEBTwRAIAogCSgCACANEQEADQIMAQsgCiAFIAlqIAYgAhEAAA0BCwJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsgAGohAgwBCwwECwJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsgAGohBCAOIAhrIgENAQsLAkAgAiAESw0AQQAhAAJAIAJFDQAgAiADTwRAIAIgAyIARw0CDAELIAIiACAHaiwAAEG/f0wNAQsgBEUEQEEAIQMMAgsCQCADIARNBEAgAyAERg0DDAELIAQgB2osAABBv39MDQAgBCEDDAILIAAhAgsgByADIAIgBEH8xcAAEJ4DAAsgCiAAIAdqIAMgAGsgDCgCDBEAAA0AIApBIiANEQEAIQsLIAlBEGokACALC9gGAQ5/IwBBoAhrIgUkACAFQQA6AA8gAkEDdCEMIAVB0AFqIQ0gBUGQBmohDiAFQcAEaiEPIAVB8ANqIRAgBUEQaiEKIAVBwANqIREDQAJAIAQEQEEAIQIDQCACQYABRkUEQCAFQaAHaiACakEAOgAAIAJBAWohAgwBCwsgBUGgBmoiAiAFQaAHaiIIQYAB/AoAACAFIAApAAA3A6AGIAUgACkACDcDqAYgBSAAKQAQNwOwBiAFIAApABg3A7gGIAggAkGAAfwKAABBACECA0AgAkGAAUZFBEAgBUGgB2ogAmoiCCAILQAAQTZzOgAAIAJBAWohAgwBCwsgBUHQBWoiAkHg4MAAQcAA/AoAACAFQgA3A5gGIAVCADcDkAYgAiAFQaAHakEBEKwCQQAhAgNAIAJBgAFGDQIgBUGgB2ogAmoiCCAILQAAQeoAczoAACACQQFqIQIMAAsACyAFQQ9qEIoCIAVBoAhqJAAPCyAFQaAGaiICQeDgwABBwAD8CgAAIAVCADcD6AYgBUIANwPgBiACIAVBoAdqQQEQrAIgESACQdAA/AoAACAFQfACaiICIAVB0AVqQdAA/AoAACANIAJBoAH8CgAAIAVBADoAzwEgBS0ADwRAIAVB0ABqIApBwAAQgQELIARBwAAgBCAEQcAATxsiCWshBCADIAlqIAZBAWohCCAMIQcgASECA0AgBwRAIAVB0ABqIAIoAgAgAigCBBCBASAHQQhrIQcgAkEIaiECDAELCyAFIAZBAWo6APACIAVB0ABqIgIgBUHwAmoiBkEBEIEBIAYgAkGgAvwKAAAgBUGgBmoiCxCUAiAFQaAHaiIHEJQCIBAgBiAHEE0gBiAHQcAA/AoAACAFQcAAOgDvAyAPIAYgCxBNQQAhAiAHQQBBgAH8CwAgBiAHQYAB/AoAACAFQdAFaiALQcAA/AoAAANAIAJBwABGRQRAIAVB8AJqIAJqIAVB0AVqIAJqLQAAOgAAIAJBAWohAgwBCwsgBUGQBWoiAiAFQfACaiIGQcAA/AoAACAFIA42AvQCIAUgBUHQBWo2AvACIAYQqgIgAyAJIAIgCUGk0MAAELoCIAVBD2oQigIgBUEBOgAPIAogAkHAAPwKAAAhAyAIIQYMAAsAC8QHAgx/A34jAEHQAGsiAyQAAkACQCACQQhPBEAgASkAAELQnLGapKqWqNQAUQ0BCyAAQYCAgIB4NgIAIABBAToABAwBCyACQRtNBEAgAEEnNgIMIABBzMzAADYCCCAAQQM6AAQgAEGAgICAeDYCAAwBCyABLQAIIgRBAUcEQCAAIAQ6AAUgAEECOgAEIABBgICAgHg2AgAMAQsCQAJAAkACQCABLQAJRQRAIAMgASkAEjcDGCADIAEpAAo3AxAgAS8AGiIEQQh0IARBCHZyIgRBgQhrQf//A3FBgPgDSQRAIABBJTYCDCAAQYjMwAA2AgggAEEDOgAEIABBgICAgHg2AgAMBgsgA0EIaiAEQf//A3EiDUEEQSAQ4wEgA0EANgIsIAMgAygCDCIFNgIoIAMgAygCCDYCJCADQTxqIQtBHCEEQRwhCQNAAkAgCiANRwRAIAIgBEETaiIITw0BQRkhAkHvy8AAIQEMBwsgACADKQIkNwIAIAAgBDYCHCADIAMoAiw2AjggAyADKQMQNwI8IAAgAykDODcCCCADIAMpAxg3AkQgACADKQNANwIQIAAgAygCSDYCGAwHCyACIARNDQMgBEEBaiEMIARBEWoiBiACSw0CIAIgBk0NBAJAIAIgBEESaiIHSwRAIAIgCCABIAdqLQAAIAEgBmotAABBCHRyIgdqIgZPDQFBHiECQdHLwAAhAQwHCyAHIAJBlMvAABDmAQALAkAgASAEai0AACIOQQFrQf8BcSIEQQJLDQAgBEECdCgCkJRBIAdGDQBBLSECQaTLwAAhAQwGCyALIAEgDGoiBCkACDcACCALIAQpAAA3AAAgA0EwaiABIAhqIAcQyAEgAygCJCAKRgRAIwBBEGsiBCQAIARBCGogA0EkaiIFIAUoAgBBAUEEQSAQXCAEKAIIIgVBgYCAgHhHBEAgBCgCDBogBRDyAgALIARBEGokACADKAIoIQULIAMpAjghDyADKQJAIRAgAygCSCEIIAMpAjAhESAFIAlqIgQgDjoAACAEQRxrIgQgETcCACAEIAg2AhggBCAQNwIQIAQgDzcCCCADIApBAWoiCjYCLCAJQSBqIQkgBiEEDAALAAsgAEEfNgIMIABBrczAADYCCCAAQQM6AAQgAEGAgICAeDYCAAwECyAMIAYgAkH0ysAAEGUACyAEIAJB5MrAABDmAQALIAYgAkGEy8AAEOYBAAsgACACNgIMIAAgATYCCCAAQQM6AAQgAEGAgICAeDYCACADQSRqEPECCyADQdAAaiQAC6IGAQR/IABBCGsiASAAQQRrKAIAIgNBeHEiAGohAgJAAkAgA0EBcQ0AIANBAnFFDQEgASgCACIDIABqIQAgASADayIBQayYwQAoAgBGBEAgAigCBEEDcUEDRw0BQaSYwQAgADYCACACIAIoAgRBfnE2AgQgASAAQQFyNgIEIAIgADYCAA8LIAEgAxBaCwJAAkBBxJjBAAJ/AkACQAJAAkAgAigCBCIDQQJxRQRAIAJBsJjBACgCAEYNAiACQayYwQAoAgBGDQMgAiADQXhxIgIQWiABIAAgAmoiAEEBcjYCBCAAIAFqIAA2AgAgAUGsmMEAKAIARw0BQaSYwQAgADYCAA8LIAIgA0F+cTYCBCABIABBAXI2AgQgACABaiAANgIACyAAQYACSQ0EIAEgABBkQcSYwQBBxJjBACgCAEEBayIANgIAIAANBkGMlsEAKAIAIgANAkH/HwwDC0GwmMEAIAE2AgBBqJjBAEGomMEAKAIAIABqIgA2AgAgASAAQQFyNgIEQayYwQAoAgAgAUYEQEGkmMEAQQA2AgBBrJjBAEEANgIACyAAQbyYwQAoAgAiAk0NBUGwmMEAKAIAIgBFDQVBqJjBACgCACIDQSlJDQRBhJbBACEBA0AgACABKAIAIgRPBEAgACAEIAEoAgRqSQ0GCyABKAIIIQEMAAsAC0GsmMEAIAE2AgBBpJjBAEGkmMEAKAIAIABqIgA2AgAgASAAQQFyNgIEIAAgAWogADYCAA8LQQAhAQNAIAFBAWohASAAKAIIIgANAAtB/x8gASABQf8fTRsLNgIADwsCQEGcmMEAKAIAIgJBASAAQQN2dCIDcUUEQEGcmMEAIAIgA3I2AgAgAEH4AXFBlJbBAGoiACECDAELIABB+AFxIgBBlJbBAGohAiAAQZyWwQBqKAIAIQALIAIgATYCCCAAIAE2AgwgASACNgIMIAEgADYCCA8LQcSYwQBBjJbBACgCACIABH9BACEBA0AgAUEBaiEBIAAoAggiAA0AC0H/HyABIAFB/x9NGwVB/x8LNgIAIAIgA08NAEG8mMEAQX82AgALC6sFAgZ/AX4CQCACRQ0AIAJBB2siA0EAIAIgA08bIQcgAUEDakF8cSABayEIQQAhAwNAAkACQAJAIAEgA2otAAAiBcAiBkEATgRAIAggA2tBA3ENASADIAdPDQIDQCABIANqIgRBBGooAgAgBCgCAHJBgIGChHhxDQMgA0EIaiIDIAdJDQALDAILQoCAgICQICEJAkACQAJAAkACQAJAAkACQAJAIAUtAI+2QEECaw4DAAECBwsgA0EBaiIEIAJJDQJCACEJDAYLIANBAWoiBCACSQ0CQgAhCQwFCyADQQFqIgQgAkkNAkIAIQkMBAsgASAEaiwAAEG/f0oNAwwECyABIARqLAAAIQQCQAJAIAVB4AFrIgUEQCAFQQ1GBEAMAgUMAwsACyAEQWBxQaB/Rg0DDAQLIARBn39KDQMMAgsgBkEfakH/AXFBDE8EQCAGQX5xQW5HDQMgBEFASA0CDAMLIARBQEgNAQwCCyABIARqLAAAIQQCQAJAAkACQCAFQfABaw4FAQAAAAIACyAGQQ9qQf8BcUECSw0EIARBQEgNAgwECyAEQfAAakH/AXFBMEkNAQwDCyAEQY9/Sg0CCyACIANBAmoiBE0EQEIAIQkMAgsgASAEaiwAAEG/f0oEQEKAgICAkMAAIQkMAgtCACEJIANBA2oiBCACTw0BIAEgBGosAABBQEgNAkKAgICAkOAAIQkMAQtCACEJIANBAmoiBCACTw0AIAEgBGosAABBv39MDQFCgICAgJDAACEJCyAAIAkgA62ENwIEIABBATYCAA8LIARBAWohAwwCCyADQQFqIQMMAQsgAiADTQ0AA0AgASADaiwAAEEASA0BIAIgA0EBaiIDRw0ACwwCCyACIANLDQALCyAAIAI2AgggACABNgIEIABBADYCAAuqBAEcfyAAIAAvAQwiAyAALwEKcyIEIAAvAQAiCHMiCSAALwECIgFzIhcgCXEgASAALwEOIgFzIgpzIAogAC8BCCICIAAvAQQiDnMiD3MiECAALwEGcyILIANzIgUgASACcyIRcyIDIARzIgwgCnEiDXMgAyARcSIGIAMgBCALIA5zIgRzIgtzIhMgD3FzIgdzIhIgDHMiFCAHIAQgEHEiByAFIAQgCHMiGCAXIAEgDnMiDnMiFXFzc3MiFnEiBSAGIAsgDnFzIgYgAiAJcyIZIAhxIA5zIAdzIAtzcyICcyADIAhzIhogASAJcyIbcSABcyANcyAGcyIBIBJzcSIHIAVzIAEgDHMiDXEiBiAFIA1zIgFzIAIgASACIBZzIgJxcyIBcSACcyICIAYgFHMiBiAHIA1zIgVzIg1zIgcgASAFcyIScyIUIA9xIBEgEnEiD3MiESANIBVxcyIVIAYgEHFzIhAgDCABIAJzIgxxIhYgAiAJcXMiHCATIBRxcyITIAMgEnFzIglzOwEOIAAgCiAMcSIDIAQgBnEiCiAFIAhxcyIMIAcgC3FzcyATcyIEIAEgG3FzIgsgByAOcSAPcyAJc3M7AQogACAKIA0gGHFzIBxzIBBzIgg7AQggACAVIAUgGXFzIAtzOwEEIAAgDCABIBpxcyAWcyIBIBEgAiAXcXNzIgogBHM7AQIgACADIApzOwEAIAAgCCAJczsBDCAAIAEgCHM7AQYLqgQBHH4gACAAKQMwIgMgACkDKIUiBCAAKQMAIgiFIgkgACkDCCIBhSIXIAmDIAEgACkDOCIBhSIKhSAKIAApAyAiAiAAKQMQIg6FIg+FIhAgACkDGIUiCyADhSIFIAEgAoUiEYUiAyAEhSIMIAqDIg2FIAMgEYMiBiADIAQgCyAOhSIEhSILhSITIA+DhSIHhSISIAyFIhQgByAEIBCDIgcgBSAEIAiFIhggFyABIA6FIg6FIhWDhYWFIhaDIgUgBiALIA6DhSIGIAIgCYUiGSAIgyAOhSAHhSALhYUiAoUgAyAIhSIaIAEgCYUiG4MgAYUgDYUgBoUiASAShYMiByAFhSABIAyFIg2DIgYgBSANhSIBhSACIAEgAiAWhSICg4UiAYMgAoUiAiAGIBSFIgYgByANhSIFhSINhSIHIAEgBYUiEoUiFCAPgyARIBKDIg+FIhEgDSAVg4UiFSAGIBCDhSIQIAwgASAChSIMgyIWIAIgCYOFIhwgEyAUg4UiEyADIBKDhSIJhTcDOCAAIAogDIMiAyAEIAaDIgogBSAIg4UiDCAHIAuDhYUgE4UiBCABIBuDhSILIAcgDoMgD4UgCYWFNwMoIAAgCiANIBiDhSAchSAQhSIINwMgIAAgFSAFIBmDhSALhTcDECAAIAwgASAag4UgFoUiASARIAIgF4OFhSIKIASFNwMIIAAgAyAKhTcDACAAIAggCYU3AzAgACABIAiFNwMYC64EAQt/IAAoAgQhCSAAKAIAIQogACgCCCELAkADQCAGDQECfwJAIAIgBEkNAANAIAEgBGohBQJAAkACQAJAAkAgAiAEayIGQQdNBEAgAiAERw0BIAIhBAwHCyAFQQNqQXxxIgAgBUYNASAAIAVrIQNBACEAA0AgACAFai0AAEEKRg0FIAMgAEEBaiIARw0ACyADIAZBCGsiAEsNAwwCC0EAIQADQCAAIAVqLQAAQQpGDQQgBiAAQQFqIgBHDQALIAIhBAwFCyAGQQhrIQBBACEDCwNAQYCChAggAyAFaiIHKAIAIg1BipSo0ABzayANckGAgoQIIAdBBGooAgAiB0GKlKjQAHNrIAdycUGAgYKEeHFBgIGChHhHDQEgA0EIaiIDIABNDQALCyADIAZGBEAgAiEEDAMLIAMgBWohBiACIANrIARrIQdBACEAAkADQCAAIAZqLQAAQQpGDQEgByAAQQFqIgBHDQALIAIhBAwDCyAAIANqIQALIAAgBGoiA0EBaiEEAkAgAiADTQ0AIAAgBWotAABBCkcNAEEAIQYgBCIFDAMLIAIgBE8NAAsLIAIgCEYNAkEBIQYgCCEFIAILIQACQCALLQAABEAgCkHMxcAAQQQgCSgCDBEAAA0BC0EAIQMgACAIRwRAIAAgAWpBAWstAABBCkYhAwsgACAIayEAIAEgCGohByALIAM6AAAgBSEIIAogByAAIAkoAgwRAABFDQELC0EBIQwLIAwL0gwCE38EfiMAQSBrIg0kAAJAAkAgASkDEEKAgICAgCBYBEAgDUEMaiABKAIcIAEoAiAQeSANLQAMIgNBC0cEQCAAIA0oABw2ABAgACANKQAVNwAJIAAgDSkADTcAASAAIAM6AAAMAwsgAikDECACKQMYIAEQVyEXIAIoAghFBEAgAkEQaiESIwBBMGsiBSQAAkACQAJAIAIoAgwiC0EBaiIDRQ0AIAIoAgQiByAHQQFqIgpBA3YiBEEHbCAHQQhJGyIQQQF2IANJBEAgBUEIakEQQQgCfyAQQQFqIgQgAyADIARJGyIDQQ9PBEAgA0H/////AUsNA0F/IANBA3RBB25BAWtndkEBagwBC0EEIANBCHFBCGogA0EESRsLIgQQowEgBSgCCCIDRQ0BIAUoAhAhBiAFKAIMIgcEQCAHIAMQ6wIhAwsgA0UNAiADIAZqIQcgBEEIaiIDBEAgB0H/ASAD/AsACyAFQQA2AiAgBSAEQQFrIgo2AhggBSAHNgIUIAVCkICAgIABNwIMIAUgAkEQajYCCCAFIAogBEEDdkEHbCAEQQlJGyIQNgIcIAIoAgAiBCkDAEJ/hUKAgYKEiJCgwIB/gyEWIAVBFGohESAEIQMgCyEGA0AgBgRAA0AgFlAEQCAIQQhqIQggA0EIaiIDKQMAQn+FQoCBgoSIkKDAgH+DIRYMAQsLIAcgByAKIBIgBCAWeqdBA3YgCGoiDBDbAiIYELIBIglqIBinQRl2Ig86AAAgByAJQQhrIApxakEIaiAPOgAAIAcgCUEEdGtBEGsiCSAEIAxBBHRrQRBrIgwpAAg3AAggCSAMKQAANwAAIAZBAWshBiAWQgF9IBaDIRYMAQsLIAUgCzYCICAFIBAgC2s2AhwgAiAREP8BIAUoAhgiA0UNAyAFQSRqIAUoAgwgBSgCECADQQFqEKMBIAUoAiQaIAUoAhQgBSgCLGsgBSgCKBCFAwwDCyAEIApBB3FBAEdqIQMgAigCACIGIQgDQCADBEAgCCAIKQMAIhZCf4VCB4hCgYKEiJCgwIABgyAWQv/+/fv379+//wCEfDcDACAIQQhqIQggA0EBayEDDAEFAkAgCkEITwRAIAYgCmogBikAADcAAAwBCyAKRQ0AIAZBCGogBiAK/AoAAAtBACEDA0ACQCAKIAMiBEcEQCAEQQFqIQMgBCAGaiIRLQAAQYABRw0CIAYgBEF/c0EEdGohCANAIAQgByASIAYgBBDbAiIWpyIMcSIPayAGIAcgFhCyASIJIA9rcyAHcUEISQ0CIAYgCWoiDy0AACAPIAxBGXYiDDoAACAGIAlBCGsgB3FqQQhqIAw6AAAgBiAJQQR0a0EQayEJQf8BRgRAIBFB/wE6AAAgBiAEQQhrIAdxakEIakH/AToAACAJIAgpAAg3AAggCSAIKQAANwAADAQFIAggCRD/AQwBCwALAAsgAiAQIAtrNgIIDAYLIBEgDEEZdiIIOgAAIAYgBEEIayAHcWpBCGogCDoAAAwACwALAAsAC0HExsAAQTlB4MbAABCMAgALELQDAAsgBUEwaiQACyACKAIEIgsgF6dxIQMgF0IZiCIYQv8Ag0KBgoSIkKDAgAF+IRkgAigCACEEA0AgAyAEaikAACIXIBmFIhZCf4UgFkKBgoSIkKDAgAF9g0KAgYKEiJCgwIB/gyEWA0AgFlBFBEAgASAEIBZ6p0EDdiADaiALcUEEdGtBEGtBEBDrAUUNBCAWQgF9IBaDIRYMAQsLIBdCgIGChIiQoMCAf4MhFgJAAn8gFEUEQEEAIBZQDQEaIAMgFnqnQQN2aiALcSEOCyAWIBdCAYaDQgBSDQFBAQshFCADIBVBCGoiFWogC3EhAwwBCwsgBCAOaiwAACIDQQBOBEAgBCAEKQMAQoCBgoSIkKDAgH+DeqdBA3YiDmotAAAhAwsgBCAOaiAYp0H/AHEiBjoAACACIAIoAgggA0EBcWs2AgggAiACKAIMQQFqNgIMIAQgDkEIayALcWpBCGogBjoAACAAQQs6AAAgBCAOQQR0a0EQayIAIAEpAAg3AAggACABKQAANwAADAILIABBGzYCCCAAQf3QwAA2AgQgAEEDOgAADAELIABBGjYCCCAAQePQwAA2AgQgAEEDOgAACyANQSBqJAAL+wMBCH8jAEEQayIGJAACfwJAIANBAXFFBEAgAi0AACIFDQFBAAwCCyAAIAIgA0EBdiABKAIMEQAADAELIAEoAgwhCgNAIAJBAWohBAJAAkACQAJAIAXAQQBIBEAgBUH/AXEiCEGAAUYNASAIQcABRw0DIAYgATYCBCAGIAA2AgAgBkKggICABjcCCCADIAdBA3RqIgIoAgAgBiACKAIEEQEARQ0CQQEMBgsgACAEIAVB/wFxIgIgChEAAEUEQCACIARqIQIMBAtBAQwFCyAAIAJBA2oiBCACLwABIgIgChEAAEUEQCACIARqIQIMAwtBAQwECyAHQQFqIQcgBCECDAELQaCAgIAGIQsgBUEBcQRAIAIoAAEhCyACQQVqIQQLQQAhCAJ/IAVBAnFFBEBBACEJIAQMAQsgBC8AACEJIARBAmoLIQIgBUEEcQR/IAIvAAAhCCACQQJqBSACCyEEIAVBCHEEfyAELwAAIQcgBEECagUgBAshAiAFQRBxBEAgAyAJQQN0ai8BBCEJCyAGIAVBIHEEfyADIAhBA3RqLwEEBSAICzsBDiAGIAk7AQwgBiALNgIIIAYgATYCBCAGIAA2AgBBASADIAdBA3RqIgQoAgAgBiAEKAIEEQEADQIaIAdBAWohBwsgAi0AACIFDQALQQALIAZBEGokAAu4BAIGfwF+QStBgIDEACAAKAIIIghBgICAAXEiBhsgBkEVdkEBIAEbIAVqIQkCQCAIQYCAgARxRQRAQQAhAgwBCyADBEAgAiEGIAMhCgNAIAcgBiwAAEG/f0pqIQcgBkEBaiEGIApBAWsiCg0ACwsgByAJaiEJC0EtIAEbIQsCQCAALwEMIgEgCUsEQAJAAkAgCEGAgIAIcUUEQCABIAlrIQpBACEGQQAhAQJAAkACQCAIQR12QQNxQQFrDgMAAQACCyAKIQEMAQsgCkH+/wNxQQF2IQELIAhB////AHEhCCAAKAIEIQkgACgCACEAA0AgBkH//wNxIAFB//8DcU8NAkEBIQcgBkEBaiEGIAAgCCAJKAIQEQEARQ0ACwwECyAAIAApAggiDKdBgICA/3lxQbCAgIACcjYCCEEBIQcgACgCACIKIAAoAgQiCCALIAIgAxCZAg0DQQAhBiABIAlrQf//A3EhAQNAIAZB//8DcSABTw0CIAZBAWohBiAKQTAgCCgCEBEBAEUNAAsMAwtBASEHIAAgCSALIAIgAxCZAg0CIAAgBCAFIAkoAgwRAAANAiAKIAFrQf//A3EhAUEAIQYDQCABIAZB//8DcU0EQEEADwsgBkEBaiEGIAAgCCAJKAIQEQEARQ0ACwwCCyAKIAQgBSAIKAIMEQAADQEgACAMNwIIQQAPC0EBIQcgACgCACIBIAAoAgQiACALIAIgAxCZAg0AIAEgBCAFIAAoAgwRAAAhBwsgBwufBAEDfyMAQUBqIgMkAAJAAn8CQAJAAkACQAJAAkACQAJAAkACQCAAKAIUIgUgACgCEEkEQCAAKAIMIAVqLQAAIgRBIkYNBiAEQS1GDQUgBEHmAEYNBCAEQe4ARg0IIARB9ABGDQMgBEHbAEYNASAEQfsARg0CIARBMGtB/wFxQQpJDQcLIANBCjYCMCAAIANBMGoQ0gEMCgsgA0EKOgAwIANBMGogASACEMwBDAkLIANBCzoAMCADQTBqIAEgAhDMAQwICyAAIAVBAWo2AhQgAEH7ycAAQQMQmgEiBA0IIANBgAI7ATAgA0EwaiABIAIQzAEMBwsgACAFQQFqNgIUIABB/snAAEEEEJoBIgQNByADQQA7ATAgA0EwaiABIAIQzAEMBgsgACAFQQFqNgIUIAMgAEEAEE8gAykDAEIDUQ0DIAMgASACEL4BDAULIABBADYCCCAAIAVBAWo2AhQgA0EkaiAAQQxqIAAQOyADKAIoIQQgAygCJEECRg0FIAMgAygCLDYCOCADIAQ2AjQgA0EFOgAwIANBMGogASACEMwBDAQLIANBEGogAEEBEE8gAykDEEIDUQRAIAMoAhghBAwFCyADQRBqIAEgAhC+AQwDCyAAIAVBAWo2AhQgAEH4ycAAQQMQmgEiBEUNAQwDCyADKAIIIQQMAgsgA0EHOgAwIANBMGogASACEMwBCyAAENgCIQQLIANBQGskACAEC+YDAgV/An4jAEFAaiIEJAAgAqdBswhrIgVBhaITbCEGAkAgA0UEQCAEQTBqIgcgBkGAgAhrQRR1IgNBf3MQgwEgByAEKQMwIgIgBCkDOCABIANBldvyB2xBldvyB2pBEHYgBWoiBUEHaq2GEN8BIARBIGogBCkDMCIJQjqGIAQpAzhCBoiEIgFCChCvASAEQRBqIAEgAkEAIAVrrYgiAkIBiCIKfUIKEK8BIAIgAUJ/hVYiByABIApUciEFIAQpAyggBCkDICIBQv///////////wB8IAFUrXynIgYgBCkDGCAEKQMQQgBSrXynIgggBiAISxshBiAHrSAJQgaIfCEBDAELIARBMGoiByAGQRR1IgNBf3MQgwEgByAEKQMwIgkgBCkDOCABIANBldvyB2xBldvyB2pBEHYgBWoiBUEHaq2GEN8BIAQgBCkDMCIKQjqGIAQpAzhCBoiEIgJCChCvASABQn+FQgGDIAlBACAFa62IfCIBIAJCf4VWIgYgASACVnIhBSAGrSAKQgaIfCEBQQIgBCkDCCAEKQMAIglC+v//////////AH0gCVStfKcgAkKAgICAgICAgMAAURshBgsgACAGOgAMIAAgAzYCCCAAIAE3AwAgACAFRToADSAEQUBrJAAL0AMBDn8gACABLQANIAEtAA9BCHRyIgIgAS0ACSABLQALQQh0ciIDQQF2c0HVqgFxIgcgAnMiAiABLQAFIAEtAAdBCHRyIgQgAS0AASABLQADQQh0ciIFQQF2c0HVqgFxIgggBHMiBEECdnNBs+YAcSIJIAJzIgIgAS0ADCABLQAOQQh0ciIGIAEtAAggAS0ACkEIdHIiCkEBdnNB1aoBcSIMIAZzIgYgAS0ABCABLQAGQQh0ciILIAEtAAAgAS0AAkEIdHIiAUEBdnNB1aoBcSINIAtzIgtBAnZzQbPmAHEiDiAGcyIGQQR2c0GPHnEiDyACczsBDiAAIAdBAXQgA3MiAiAIQQF0IAVzIgNBAnZzQbPmAHEiByACcyICIAxBAXQgCnMiBSANQQF0IAFzIgFBAnZzQbPmAHEiCCAFcyIFQQR2c0GPHnEiCiACczsBDCAAIAlBAnQgBHMiAiAOQQJ0IAtzIgRBBHZzQY8ecSIJIAJzOwEKIAAgD0EEdCAGczsBBiAAIAdBAnQgA3MiAiAIQQJ0IAFzIgFBBHZzQY8ecSIDIAJzOwEIIAAgCkEEdCAFczsBBCAAIAlBBHQgBHM7AQIgACADQQR0IAFzOwEAC+EDAQN/IwBBEGsiBCQAAkACQAJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBxDQEgACABEGpFDQJBASECDAMLIAAoAgAhAkEJIQMDQCADIARqQQZqIAJBD3EtAM/lQDoAACADQQFrIQMgAkEEdiICDQALQQEhAiABQQFB0MXAAEECIAMgBGpBB2pBCSADaxBIRQ0BDAILIAAoAgAhAkEJIQMDQCADIARqQQZqIAJBD3EtANLFQDoAACADQQFrIQMgAkEEdiICDQALQQEhAiABQQFB0MXAAEECIAMgBGpBB2pBCSADaxBIDQELIAEoAgBB+tfAAEECIAEoAgQoAgwRAAAEQEEBIQIMAQsgAEEEaiEAAkAgASgCCCICQYCAgBBxRQRAIAJBgICAIHENASAAIAEQaiECDAILIAAoAgAhAkEJIQMDQCADIARqQQZqIAJBD3EtAM/lQDoAACADQQFrIQMgAkEEdiICDQALIAFBAUHQxcAAQQIgAyAEakEHakEJIANrEEghAgwBCyAAKAIAIQJBCSEDA0AgAyAEakEGaiACQQ9xLQDSxUA6AAAgA0EBayEDIAJBBHYiAg0ACyABQQFB0MXAAEECIAMgBGpBB2pBCSADaxBIIQILIARBEGokACACC9gDAgR+BH8jAEFAaiIIJAAgCBCUAiABIAEtAH8iB2oiCkGAAToAACAAKQNAIQMgACkDSCEEIAdB/wBzIgkEQCAKQQFqQQAgCfwLAAsgA0I2iCIFQjiGIARCCoYiBiAFhCIFQoD+A4NCKIaEIAVCgID8B4NCGIYgBUKAgID4D4NCCIaEhCAEQgKGQoCAgPgPgyAEQg6IQoCA/AeDhCAEQh6IQoD+A4MgBkI4iISEhCEFIAetIgRCO4YgA0IKhiIGIARCA4aEIgRCgP4Dg0IohoQgBEKAgPwHg0IYhiAEQoCAgPgPg0IIhoSEIANCAoZCgICA+A+DIANCDohCgID8B4OEIANCHohCgP4DgyAGQjiIhISEIQMgCUEPTQRAIAAgARDHAiABQQBB8AD8CwALIAEgBTcAcCABIAM3AHggACABEMcCQQAhByABQQA6AH8DQCAHQcAARkUEQCAHIAhqIAAgB2opAwAiA0I4hiADQoD+A4NCKIaEIANCgID8B4NCGIYgA0KAgID4D4NCCIaEhCADQgiIQoCAgPgPgyADQhiIQoCA/AeDhCADQiiIQoD+A4MgA0I4iISEhDcAACAHQQhqIQcMAQsLIAIgCEHAAPwKAAAgCEFAayQAC4kEAQF/IwBBMGsiAyQAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAIAAtAABBAWsOCgECAwQFBgcICQoACyABQZjdwABBzAAgAigCDBEAAAwKCyABQeTdwABBKSACKAIMEQAADAkLIAMgAEEBajYCLCADQQY2AhggAyADQSxqNgIUIAEgAkGch8AAIANBFGoQRwwICyADIABBBGo2AiwgA0EHNgIYIAMgA0EsajYCFCABIAJB7obAACADQRRqEEcMBwsgAyAAQQxqNgIMIAMgAEEEajYCECADIABBCGo2AiwgA0EINgIoIANBCDYCICADQQc2AhggAyADQSxqNgIkIAMgA0EQajYCHCADIANBDGo2AhQgASACQdqCwAAgA0EUahBHDAYLIAMgAEEEajYCLCADQQk2AhggAyADQSxqNgIUIAEgAkHYhsAAIANBFGoQRwwFCyADIABBBGo2AiwgA0EJNgIYIAMgA0EsajYCFCABIAJB64XAACADQRRqEEcMBAsgAUGN3sAAQTwgAigCDBEAAAwDCyADIABBBGo2AiwgA0EHNgIYIAMgA0EsajYCFCABIAJBg4fAACADQRRqEEcMAgsgAyAAQQRqNgIsIANBBzYCGCADIANBLGo2AhQgASACQbiGwAAgA0EUahBHDAELIAFByd7AAEEpIAIoAgwRAAALIANBMGokAAuGBQIHfwF+IwBBIGsiAyQAIANBCGogARD7AQJAAkACQAJAAn8gAy0ACEEBRgRAIAMoAgwMAQsgAy0ACUEBRgRAIAMtAAoiBkEwRw0CIAEoAhQiBCABKAIQSQRAIAEoAgwgBGotAABBMGtB/wFxQQpJDQQLIAAgASACQgAQegwFCyADQQU2AhAgASADQRBqEPgBCyEBIABCAzcDACAAIAE2AggMAwsgBkExa0H/AXFBCUkNASADQQ02AhAgASADQRBqEPgBIQEgAEIDNwMAIAAgATYCCAwCCyADQQ02AhAgASADQRBqENIBIQEgAEIDNwMAIAAgATYCCAwBCyABKAIUIgQgASgCECIFIAQgBUsbIQUgBkEwa61C/wGDIQogASgCDCEGA0ACQCAEIAVHBEAgBCAGai0AAEEwayIHQf8BcSIIQQpJDQELIAAgASACIAoQegwCCyAIQQVLIApCmbPmzJmz5swZUnIgCkKZs+bMmbPmzBlacUUEQCABIARBAWoiBDYCFCAKQgp+IAetQv8Bg3whCgwBCwsgA0EQaiEGQQAhBCABKAIQIgcgASgCFCIFayIIQQAgByAITxshByABKAIMIAVqIQggBUEBaiEJA0ACQAJAAkACQCAGIAEgAiAKIAQgB0cEfyAEIAhqLQAAIgVBMGtB/wFxQQpJDQMgBUEuRg0BIAVBxQBGIAVB5QBGcg0CIAQFIAcLEH8MAwsgBiABIAIgCiAEEGAMAgsgBiABIAIgCiAEEFIMAQsgASAEIAlqNgIUIARBAWohBAwBCwsgAAJ+IAMoAhBBAUYEQCAAIAMoAhQ2AghCAwwBCyAAIAMrAxg5AwhCAAs3AwALIANBIGokAAuPBAECfyAAIAFqIQICQAJAIAAoAgQiA0EBcQ0AIANBAnFFDQEgACgCACIDIAFqIQEgACADayIAQayYwQAoAgBGBEAgAigCBEEDcUEDRw0BQaSYwQAgATYCACACIAIoAgRBfnE2AgQgACABQQFyNgIEIAIgATYCAAwCCyAAIAMQWgsCQAJAAkAgAigCBCIDQQJxRQRAIAJBsJjBACgCAEYNAiACQayYwQAoAgBGDQMgAiADQXhxIgIQWiAAIAEgAmoiAUEBcjYCBCAAIAFqIAE2AgAgAEGsmMEAKAIARw0BQaSYwQAgATYCAA8LIAIgA0F+cTYCBCAAIAFBAXI2AgQgACABaiABNgIACyABQYACTwRAIAAgARBkDwsCQEGcmMEAKAIAIgJBASABQQN2dCIDcUUEQEGcmMEAIAIgA3I2AgAgAUH4AXFBlJbBAGoiASECDAELIAFB+AFxIgFBlJbBAGohAiABQZyWwQBqKAIAIQELIAIgADYCCCABIAA2AgwgACACNgIMIAAgATYCCA8LQbCYwQAgADYCAEGomMEAQaiYwQAoAgAgAWoiATYCACAAIAFBAXI2AgQgAEGsmMEAKAIARw0BQaSYwQBBADYCAEGsmMEAQQA2AgAPC0GsmMEAIAA2AgBBpJjBAEGkmMEAKAIAIAFqIgE2AgAgACABQQFyNgIEIAAgAWogATYCAAsL1wMDA38BfgF8IwBBQGoiAiQAIAIgARCnAQJAAkACQAJAAkACfyACLQAAQQFGBEAgAigCBAwBCyACLQABQQFGBEAgAi0AAiIDQS1HDQJBASEDIAEgASgCFEEBajYCFCACQQhqIAFBABBPIAIpAwgiBUIDUQ0DIAJBEGohAwwFCyACQQU2AiggASACQShqENIBCyEBQQEhAwwECyADQTBrQf8BcUEKTwRAQQEhAyABIAJBP2pByMnAABBJIAEQ2AIhAQwEC0EBIQMgAkEYaiABQQEQTyACKQMYIgVCA1ENASACQSBqIQMMAgsgAigCECEBDAILIAIoAiAhAQwBCwJ/AkACQAJAIAWnQQFrDgIAAQILIAMpAwAiBUKAgICAEFoEQCACQQE6ACggAiAFNwMwIAJBKGogAkE/akHIycAAEM0BDAMLIAWnIQFBACEDDAMLIAMpAwAiBUKAgICAEFoEQCACQQI6ACggAiAFNwMwIAJBKGogAkE/akHIycAAEM0BDAILIAWnIQFBACEDDAILIAMrAwAhBiACQQM6ACggAiAGOQMwIAJBKGogAkE/akHIycAAEMwBC0EBIQMgARDYAiEBCyAAIAE2AgQgACADNgIAIAJBQGskAAvZBAEHfyMAQSBrIgckACABIAEoAhQiBkEBaiIFNgIUQQEhCAJAIAUgASgCEE8NAAJAAkAgASgCDCAFai0AAEEraw4DAQIAAgtBACEICyABIAZBAmo2AhQLIAdBDGogARD7AQJAAkACfyAHLQAMQQFGBEAgBygCEAwBCyAHLQANQQFGBEAgBy0ADkEwa0H/AXEiBUEKSQ0CIAdBDTYCFCABIAdBFGoQ+AEhASAAQQE2AgAgACABNgIEDAMLIAdBBTYCFCABIAdBFGoQ+AELIQEgAEEBNgIAIAAgATYCBAwBCyABKAIUIgYgASgCECIJIAYgCUsbIQogASgCDCELA0ACQCAGIApHBEAgBiALai0AAEEwa0H/AXEiCUEKSQ0BCyAAIAEgAiADAn8gCEUEQCAEIAVrIgBBH3VBgICAgHhzIAAgACAESCAFQQBKcxsMAQsgBCAFaiIAQR91QYCAgIB4cyAAIAVBAEggACAESHMbCxB/DAILIAEgBkEBaiIGNgIUIAVBzJmz5gBHIAlBB0tyIAVBy5mz5gBKcUUEQCAFQQpsIAlqIQUMAQsLIwBBEGsiBSQAIAACfyADQgAgCBtQBEAgASgCFCIEIAEoAhAiBiAEIAZLGyEGIAEoAgwhCANAAkAgBCAGRwRAIAQgCGotAABBMGtB/wFxQQpJDQELIABEAAAAAAAAAABEAAAAAAAAAIAgAhs5AwhBAAwDCyABIARBAWoiBDYCFAwACwALIAVBDjYCBCAAIAEgBUEEahD4ATYCBEEBCzYCACAFQRBqJAALIAdBIGokAAu6AwEDfwJAAkACQAJAIAIgA08EQCADRQ0EIAEgA2ohAiADQQNNBEADQCABIAJPDQYgAkEBayICLQAAQQpHDQAMBQsAC0GAgoQIIAJBBGsoAAAiBEGKlKjQAHNrIARyQYCBgoR4cUGAgYKEeEcEQANAIAEgAk8NBiACQQFrIgItAABBCkcNAAwFCwALIAMgAkEDcWshBCADQQlJDQEDQAJAIARBCE4EQEGAgoQIIAEgBGoiAkEIaygCACIGQYqUqNAAc2sgBnJBgIGChHhxQYCBgoR4Rg0BCyABIARqIQIMBAsgBEEIayEEQYCChAggAkEEaygCACIGQYqUqNAAc2sgBnJBgIGChHhxQYCBgoR4Rg0ACwwCC0EAIAMgAkGcgsEAEGUACyABIARqIQIDQCABIAJPDQMgAkEBayICLQAAQQpHDQALDAELA0AgASACTw0CIAJBAWsiAi0AAEEKRw0ACwsgAiABa0EBaiEFC0EBIQIgACABIAVqIgQgAUsEf0EAIQIDQCABIARPRQRAIAIgAS0AAEEKRmohAiABQQFqIQEMAQsLIAJBAWoFQQELNgIAIAAgAyAFazYCBAuPAwEDfyMAQSBrIgIkACACQQxqIAEoAgAiAxCnAQJAAkACfyACLQAMQQFGBEAgAigCEAwBCyACLQANQQFGBEAgAi0ADiIEQf0ARw0CIABBADsBAAwDCyACQQM2AhQgAyACQRRqENIBCyEBIABBAToAACAAIAE2AgQMAQsgAAJ/AkACQAJAIAEtAARFBEAgBEEsRw0BIAMgAygCFEEBajYCFCACQQxqIAMQpwEgAi0ADARAIAAgAigCEDYCBCAAQQE6AAAMBgsCQAJAIAItAA1BAUYEQCACLQAOIgFBIkYNASABQf0ARg0CIAJBETYCFAwGCyACQQU2AhQMBQsgAEEBOgABQQAMBQsgAkEVNgIUDAMLIAFBADoABCAEQSJGDQEgAkERNgIUIAMgAkEUahDSASEBIABBAToAACAAIAE2AgQMBAsgAkEINgIUIAMgAkEUahDSASEBIABBAToAACAAIAE2AgQMAwsgAEGAAjsBAAwCCyAAIAMgAkEUahDSATYCBEEBCzoAAAsgAkEgaiQAC8gDAQR/IwBB0ABrIgIkACACQQRqIAEQpwECQAJAIAItAARBAUYEQCACKAIIIQMMAQsCQAJAIAItAAVBAUYEQCACLQAGQSJHDQEgAUEANgIIIAEgASgCFEEBajYCFCACQQRqIAFBDGogARA7IAIoAgghAyACKAIEIgRBAkYNAyACKAIMIQUgBEEBRgRAIAIgBTYCICACIAM2AhwgAkEFOgAYIAJBGGogAkHPAGpB6MnAABDMASABENgCIQMMBAsgAkEEaiIEIAMgBRBiIAACfyACLQAEQQtHBEAgAiACKAIUNgIoIAIgAikCDDcDICACIAIpAgQ3AxggAkEANgJIIAJCgICAgBA3AkAgAkEYaiACQUBrQYjbwAAQTg0EIAIgAigCSDYCOCACIAIpAkA3AzAgAkEwahA2IQEgBBDUAiAAIAE2AgRBAQwBCyAAIAIpAA03AAkgACACKQAFNwABQQALOgAADAQLIAJBBTYCGCABIAJBGGoQ0gEhAwwCCyABIAJBzwBqQejJwAAQSSABENgCIQMMAQtBsNvAAEE3IAJBzwBqQaDbwABB6NvAABDQAQALIABBAToAACAAIAM2AgQLIAJB0ABqJAALowMDAn8BfgF8IwBBQGoiAiQAIAIgARCnAQJAAkACQAJAAn8gAi0AAEEBRgRAIAIoAgQMAQsgAi0AAUEBRgRAIAItAAIiA0EtRw0CIAJBEGohAyABIAEoAhRBAWo2AhQgAkEIaiABQQAQTyACKQMIIgRCA1INAwwECyACQQU2AiggASACQShqENIBCyEBIABBATYCACAAIAE2AgQMAwsgA0Ewa0H/AXFBCk8EQCABIAJBP2pB2MnAABBJIAEQ2AIhASAAQQE2AgAgACABNgIEDAMLIAJBIGohAyACQRhqIAFBARBPIAIpAxgiBEIDUQ0BCyAAAn8CQCAAAn8CQAJAAkAgBKdBAWsOAgECAAsgAysDACEFIAJBAzoAKCACIAU5AzAgAkEoaiACQT9qQdjJwAAQzAEMAgsgAykDACEEDAILIAMpAwAiBEIAWQ0BIAJBAjoAKCACIAQ3AzAgAkEoaiACQT9qQdjJwAAQzQELIAEQ2AI2AgRBAQwBCyAAIAQ3AwhBAAs2AgAMAQsgAEEBNgIAIAAgAygCADYCBAsgAkFAayQAC6ADAgJ/A34jAEHgAGsiAyQAIANCADcDMCADQgA3AzggAyABNwMoIAMgAULzytHLp4zZsvQAhTcDGCADIAFC7d6R85bM3LfkAIU3AxAgAyAANwMgIAMgAELh5JXz1uzZvOwAhTcDCCADIABC9crNg9es27fzAIU3AwAgA0EQNgJAIAMgA0FAayIEQQQQdiADIAJBEBB2IAMgAykDEDcDUCADIAMpAwg3A0ggAyADKQMANwNAIAMgAykDMCADNQI4QjiGhCIFIAMpAxiFNwNYIAQQuwEgAykDUCEAIAMpA0AhByADKQNIIQYgAykDWCEBIANB4ABqJAAgASAGQv8BhXwiBiAAIAUgB4V8IgUgAEINiYUiAHwiByAAQhGJhSIAQg2JIAAgAUIQiSAGhSIAIAVCIIl8IgF8IgWFIgZCEYkgAEIViSABhSIAIAdCIIl8IgEgBnwiB4UiBkINiSAAQhCJIAGFIgAgBUIgiXwiASAGfIUiBUIRiSAAQhWJIAGFIgAgB0IgiXwiASAFfCIFQiCJhSAAQhCJIAGFQhWJhSAFhQvnAgEFfwJAIAFBzf97QRAgACAAQRBNGyIAa08NACAAQRAgAUELakF4cSABQQtJGyIEakEMahAvIgJFDQAgAkEIayEBAkAgAEEBayIDIAJxRQRAIAEhAAwBCyACQQRrIgUoAgAiBkF4cSACIANqQQAgAGtxQQhrIgIgAEEAIAIgAWtBEE0baiIAIAFrIgJrIQMgBkEDcQRAIAAgAyAAKAIEQQFxckECcjYCBCAAIANqIgMgAygCBEEBcjYCBCAFIAIgBSgCAEEBcXJBAnI2AgAgASACaiIDIAMoAgRBAXI2AgQgASACEFAMAQsgASgCACEBIAAgAzYCBCAAIAEgAmo2AgALAkAgACgCBCIBQQNxRQ0AIAFBeHEiAiAEQRBqTQ0AIAAgBCABQQFxckECcjYCBCAAIARqIgEgAiAEayIEQQNyNgIEIAAgAmoiAiACKAIEQQFyNgIEIAEgBBBQCyAAQQhqIQMLIAML7QIBBn8jAEEQayIFJAACQAJAAkACQAJAAkACQCACQQFxBEAgAkEBdiEDDAELIAEtAAAiA0UNASABIQQDQCAEQQFqIQQCQCADwEEASARAIANB/wFxQYABRgRAIAYgBC8AACIDaiEGIAMgBGpBAmohBAwCCyAEIANBA3FBCHgiCEEFdEGAgICABHEgCEEHdHJBHXZqIANBAXZBAnFqIANBAnZBAnFqIQQgBkUgB3IhBwwBCyAEIANB/wFxIgNqIQQgAyAGaiEGCyAELQAAIgMNAAtBACEDIAcgBkEQSXENACAGQQF0IgNBAEgNBAsgAw0BC0EBIQRBACEDDAELIAMQLyIERQ0CCyAFQQA2AgggBSAENgIEIAUgAzYCACAFQdinwAAgASACEEdFDQJBgKjAAEHWACAFQQ9qQfCnwABB2KjAABDQAQALEKsDAAtBARDyAgALIAAgBSgCCDYCCCAAIAUpAgA3AgAgBUEQaiQAC4IDAQR/IAAoAgwhAgJAAkACQCABQYACTwRAIAAoAhghAwJAAkAgACACRgRAIABBFEEQIAAoAhQiAhtqKAIAIgENAUEAIQIMAgsgACgCCCIBIAI2AgwgAiABNgIIDAELIABBFGogAEEQaiACGyEEA0AgBCEFIAEiAkEUaiACQRBqIAIoAhQiARshBCACQRRBECABG2ooAgAiAQ0ACyAFQQA2AgALIANFDQICQCAAKAIcQQJ0QYSVwQBqIgEoAgAgAEcEQCADKAIQIABGDQEgAyACNgIUIAINAwwECyABIAI2AgAgAkUNBAwCCyADIAI2AhAgAg0BDAILIAAoAggiACACRwRAIAAgAjYCDCACIAA2AggPC0GcmMEAQZyYwQAoAgBBfiABQQN2d3E2AgAPCyACIAM2AhggACgCECIBBEAgAiABNgIQIAEgAjYCGAsgACgCFCIARQ0AIAIgADYCFCAAIAI2AhgPCw8LQaCYwQBBoJjBACgCAEF+IAAoAhx3cTYCAAvTAgEDfyMAQSBrIgIkACACQQxqIAEoAgAiAxCnAQJAAkACfyACLQAMQQFGBEAgAigCEAwBCyACLQANQQFGBEAgAi0ADiIEQd0ARw0CIABBADsBAAwDCyACQQI2AhQgAyACQRRqENIBCyEBIABBAToAACAAIAE2AgQMAQsCQAJAIAEtAARFBEAgBEEsRw0BIAMgAygCFEEBajYCFCACQQxqIAMQpwEgAi0ADARAIAAgAigCEDYCBCAAQQE6AAAMBAsCQAJAIAItAA1BAUYEQCACLQAOQd0ARw0CIAJBFTYCFAwBCyACQQU2AhQLIAAgAyACQRRqENIBNgIEQQEhAQwDCyAAQQE6AAFBACEBDAILIAFBADoABCAAQYACOwEADAILIAJBBzYCFCADIAJBFGoQ0gEhASAAQQE6AAAgACABNgIEDAELIAAgAToAAAsgAkEgaiQAC8ACAgR/AX4jAEEgayIGJAACf0EAIAMgAiADaiICSw0AGkEAIQMgBkEUaiEIAkACQCAFrUEEIAIgASgCACIJQQF0IgcgAiAHSxsiAiACQQRNGyICrX4iCkIgiKcNACAKpyIHQYCAgIB4IARrSw0AAn8gCUUEQEEAIQUgBkEcagwBCyABKAIEIQggBiAENgIcIAUgCWwhBSAGQRhqCyAFNgIAAn8gBigCHARAIAYoAhgiA0UEQCAGQQhqIAQgB0EAEN4BIAYoAggMAgsgCCADIAQgBxA9DAELIAYgBCAHQQAQ3gEgBigCAAsiBQ0BIAYgBDYCFCAGQRBqIQggByEDCyAIIAM2AgAgBigCECECIAYoAhQMAQsgASACNgIAIAEgBTYCBEGBgICAeAshAyAAIAI2AgQgACADNgIAIAZBIGokAAvdAgEIfyMAQSBrIgIkACAAKAIIIQUgACgCBCEDQQEhBiABKAIAQY62wABBASABKAIEKAIMEQAAIQAgBQRAA0AgByEIQQEhByAAQQFxIQRBASEAAkAgBA0AAkAgAS0ACkGAAXFFBEAgCEEBcUUNASABKAIAQcviwABBAiABKAIEKAIMEQAARQ0BDAILIAEoAgQhBCABKAIAIQkgCEEBcUUEQCAJQe20wABBASAEKAIMEQAADQILIAJBAToADyACIAQ2AgQgAiAJNgIAIAJB9LTAADYCFCACIAEpAgg3AhggAiACQQ9qNgIIIAIgAjYCECADIAJBEGoQjgIEQAwCCyACKAIQQei0wABBAiACKAIUKAIMEQAAIQAMAQsgAyABEI4CIQALIANBAWohAyAFQQFrIgUNAAsLIABFBEAgASgCAEHvtMAAQQEgASgCBCgCDBEAACEGCyACQSBqJAAgBgvgAgEHfyMAQSBrIgMkACABKAIAIgFBADoAHAJAIAEoAghB/////wdJBEAgAUEIaiEHIAEoAhghBgJAA0AgBkUNASADQQhqIAdB8MjAABC5AiADKAIMIQQgAygCCCIBKAIMIgUEQCABIAVBAWs2AgwgASABKAIIIgVBAWoiCCABKAIAIglBACAIIAlPG2s2AgggASgCBCAFQQJ0aigCACEBIAQgBCgCAEEBajYCACABKAIIDQQgAUF/NgIIAkAgASgCDCIERQ0AIAFBADoAHCADQQA2AhggAyABQRRqIgU2AhQgAyAFNgIQIAQgA0EQaiABKAIQKAIMEQEADQAgAUEMaiIEEMwCIARBADYCAAsgASABKAIIQQFqNgIIIAEQ6AIgBkEBayEGDAELCyAEIAQoAgBBAWo2AgALIAIQmgMgAEEANgIAIANBIGokAA8LQeDIwAAQsAIAC0HQyMAAEK8CAAvEAgIEfwN+IwBBIGsiBCQAIAQQ5AEgASABLQA/IgNqIgZBgAE6AAAgACkDICEHIANBP3MiBQRAIAZBAWpBACAF/AsACyADrSIIQjuGIAdCCYYiCSAIQgOGhCIIQoD+A4NCKIaEIAhCgID8B4NCGIYgCEKAgID4D4NCCIaEhCAHQgGGQoCAgPgPgyAHQg+IQoCA/AeDhCAHQh+IQoD+A4MgCUI4iISEhCEHIAVBB00EQCAAIAEQyAIgAUEAQTj8CwALIAEgBzcAOCAAIAEQyAJBACEDIAFBADoAPwNAIANBIEZFBEAgAyAEaiAAIANqKAIAIgFB/4H8B3FBCHggAUEYeEH/gfwHcXI2AAAgA0EEaiEDDAELCyACIAQpABg3ABggAiAEKQAQNwAQIAIgBCkACDcACCACIAQpAAA3AAAgBEEgaiQAC7UDAQh/IwBBEGsiByQAIAEgASgCFEEBaiIFNgIUIAEoAgwhCCABKAIQIQkCQANAAkACQAJAAkAgBSAJSQRAIAUgCGotAAAiCkEwayILQf8BcSIMQQpJDQQgBg0BIAdBDTYCBCABIAdBBGoQ0gEhASAAQQE2AgAgACABNgIEDAYLIAYEQCAEIAZqIQUMAgsgB0EFNgIEIAEgB0EEahDSASEBIABBATYCACAAIAE2AgQMBQsgBCAGaiEFIApBIHJB5QBGDQELIAAgASACIAMgBRB/DAMLIAAgASACIAMgBRBSDAILIAxBBUsgA0KZs+bMmbPmzBlSciADQpiz5syZs+bMGVZxRQRAIAEgBUEBaiIFNgIUIAZBAWshBiADQgp+IAutQv8Bg3whAwwBCwsgBCAGaiEFIAEoAhQiBCABKAIQIgYgBCAGSxshBiABKAIMIQgCQAJAAkADQCAEIAZGDQEgBCAIai0AACIJQTBrQf8BcUEJTQRAIAEgBEEBaiIENgIUDAELCyAJQSByQeUARg0BCyAAIAEgAiADIAUQfwwBCyAAIAEgAiADIAUQUgsLIAdBEGokAAvzAgEFfyMAQRBrIgMkAAJAQdiYwQAoAgANAEHYmMEAQX82AgBB5JjBACgCACIBQeCYwQAoAgAiAEYEQCABIQACQCABQdyYwQAoAgAiAkcNANBvQYABIAEgAUGAAU0bIgL8DwEiAEF/Rg0CAkBB6JjBACgCACIERQRAQeiYwQAgADYCAAwBCyABIARqIABHDQMLQdyYwQAoAgAiBEHgmMEAKAIAIgBrIAJPBEAgBCECDAELIAIgACACaiICSw0CIANBBGogBEHYlMEAKAIAIAJBBBBvIAMoAgRBAUYNAkHYlMEAIAMoAgg2AgBB3JjBACACNgIAQeCYwQAoAgAhAAsgACACTw0BQdiUwQAoAgAgAEECdGogAUEBajYCAEHgmMEAIABBAWoiADYCAAsgACABTQ0AQeSYwQBB2JTBACgCACABQQJ0aigCADYCAEHYmMEAQdiYwQAoAgBBAWo2AgBB6JjBACgCACADQRBqJAAgAWoPCwALvgIBBX8jAEEgayIDJAACQAJAIAJBIEYEQEEAIQIDQCACQSBGDQIgASACaiACQQFqIQItAAAiBEE6a0H/AXFB9QFLIARB5wBrQf8BcUH6AU9yDQALCyAAQSk2AgggAEGk38AANgIEIABBAzoAAAwBCyADQgA3AxAgA0IANwMIQQAhAiADQQhqIQQCQANAIAJBIEYNASADQRhqIgUgASACaiIGLQAAIAIQrQECQCADKAIYQYKAxABHDQAgAy0AHCEHIAUgBkEBai0AACACQQFqEK0BIAMoAhhBgoDEAEcNACAEIAMtABwgB0EEdHI6AAAgBEEBaiEEIAJBAmohAgwBCwsgAEEUNgIIIABBzd/AADYCBCAAQQM6AAAMAQsgACADKQMQNwAJIAAgAykDCDcAASAAQQs6AAALIANBIGokAAuiAgIEfwN+IwBBIGsiAyQAQRQhAiAAKQMAIgcgB0I/hyIGhSAGfSIGQugHWgRAA0AgA0EMaiACaiIAQQRrIAYiCCAGQpDOAIAiBkKQzgB+faciBEH//wNxQeQAbiIFQQF0LwHIkkE7AAAgAEECayAEIAVB5ABsa0H//wNxQQF0LwHIkkE7AAAgAkEEayECIAhC/6ziBFYNAAsLIAZCCVYEQCACQQJrIgIgA0EMamogBqciACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwHIkkE7AAAgAK0hBgsgB1BFIAZQcUUEQCACQQFrIgIgA0EMamogBqdBAXQtAMmSQToAAAsgASAHQgBZQQFBACADQQxqIAJqQRQgAmsQSCADQSBqJAALugIBBH9BHyECIABCADcCECABQYCAgAhJBEAgAUEmIAFBCHZnIgNrdkEBcSADQQF0ckE+cyECCyAAIAI2AhwgAkECdEGElcEAaiEEQQEgAnQiA0GgmMEAKAIAcUUEQCAEIAA2AgAgACAENgIYIAAgADYCDCAAIAA2AghBoJjBAEGgmMEAKAIAIANyNgIADwsCQAJAIAEgBCgCACIDKAIEQXhxRgRAIAMhAgwBCyABQRkgAkEBdmtBACACQR9HG3QhBQNAIAMgBUEddkEEcWoiBCgCECICRQ0CIAVBAXQhBSACIQMgAigCBEF4cSABRw0ACwsgAigCCCIBIAA2AgwgAiAANgIIIABBADYCGCAAIAI2AgwgACABNgIIDwsgBEEQaiAANgIAIAAgAzYCGCAAIAA2AgwgACAANgIIC5sCAQF/IwBBIGsiBCQAAkACQAJAIAAgAk0EQCABIAJLDQEgACABTQ0CIAQgADYCCCAEIAE2AgwgBCAEQQxqrUKAgICAgAKENwMYIAQgBEEIaq1CgICAgIAChDcDEEH1gsAAIARBEGogAxCMAgALIAQgADYCCCAEIAI2AgwgBCAEQQxqrUKAgICAgAKENwMYIAQgBEEIaq1CgICAgIAChDcDEEHUg8AAIARBEGogAxCMAgALIAQgATYCCCAEIAI2AgwgBCAEQQxqrUKAgICAgAKENwMYDAELIAQgATYCCCAEIAI2AgwgBCAEQQxqrUKAgICAgAKENwMYCyAEIARBCGqtQoCAgICAAoQ3AxBBjYTAACAEQRBqIAMQjAIAC5YCAQd/IwBBIGsiAiQAIAAoAgAiAyAAKAIIIgRrIAFJBEACQCABIAEgBGoiBUsEf0EABUEAIQQgAkEUaiEGQQggBSADQQF0IgEgASAFSRsiASABQQhNGyIBQQBOBEACfyADRQRAQQAhAyACQRxqDAELIAAoAgQhBCACQQE2AhwgAkEYagsgAzYCAAJ/IAIoAhwEQCACKAIYIgNFBEAgAkEIakEBIAEQ9wIgAigCCAwCCyAEIANBASABED0MAQsgAkEBIAEQ9wIgAigCAAsiAw0CIAJBATYCFCACQRBqIQYgASEECyAGIAQ2AgAgAigCECEBIAIoAhQLIAEhCBDyAgALIAAgATYCACAAIAM2AgQLIAJBIGokAAvLAgEEfyMAQSBrIgUkAEEBIQcCQCAALQAEDQAgAC0ABSEIIAAoAgAiBi0ACkGAAXFFBEAgBigCAEHL4sAAQeC0wAAgCEEBcSIIG0ECQQMgCBsgBigCBCgCDBEAAA0BIAYoAgAgASACIAYoAgQoAgwRAAANASAGKAIAQeO0wABBAiAGKAIEKAIMEQAADQEgAyAGIAQRAQAhBwwBCyAIQQFxRQRAIAYoAgBB5bTAAEEDIAYoAgQoAgwRAAANAQsgBUEBOgAPIAVB9LTAADYCFCAFIAYpAgA3AgAgBSAGKQIINwIYIAUgBUEPajYCCCAFIAU2AhAgBSABIAIQRQ0AIAVB47TAAEECEEUNACADIAVBEGogBBEBAARADAELIAUoAhBB6LTAAEECIAUoAhQoAgwRAAAhBwsgAEEBOgAFIAAgBzoABCAFQSBqJAAgAAuWAgIEfwN+IwBBIGsiAyQAQRQhAiAAKQMAIgchBiAHQugHWgRAA0AgA0EMaiACaiIAQQRrIAYiCCAGQpDOAIAiBkKQzgB+faciBEH//wNxQeQAbiIFQQF0LwHIkkE7AAAgAEECayAEIAVB5ABsa0H//wNxQQF0LwHIkkE7AAAgAkEEayECIAhC/6ziBFYNAAsLIAZCCVYEQCACQQJrIgIgA0EMamogBqciACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwHIkkE7AAAgAK0hBgsgB1BFIAZQcUUEQCACQQFrIgIgA0EMamogBqdBAXQtAMmSQToAAAsgAUEBQQFBACADQQxqIAJqQRQgAmsQSCADQSBqJAALnwICAn8BfiAAAn8CQAJAAkACQAJAAkAgAg4CAAECCyAAQQA6AAFBAQwFCyABLQAAIgNBK2sOAwIBAgELIAEtAAAhAwsgASADQf8BcUErRiIDaiEBIAIgA2siAkEJTwRAQQAhAwJAA0AgAkUNBCABLQAAIQQgA61CCn4iBUIgiKcNASAEQTBrIgNBCk8NAyABQQFqIQEgAkEBayECIAMgAyAFp2oiA00NAAsgAEECOgABQQEMBAsgBEEwa0H/AXFBCk8NASAAQQI6AAFBAQwDC0EAIQMDQCACRQ0CIAEtAABBMGsiBEEJSw0BIAFBAWohASACQQFrIQIgBCADQQpsaiEDDAALAAsgAEEBOgABQQEMAQsgACADNgIEQQALOgAAC4kCAQd/IwBBEGsiAyQAQQohAiAAKAIAIgQhACAEQegHTwRAA0AgA0EGaiACaiIFQQRrIAAiBiAAQZDOAG4iAEGQzgBsayIHQf//A3FB5ABuIghBAXQvAciSQTsAACAFQQJrIAcgCEHkAGxrQf//A3FBAXQvAciSQTsAACACQQRrIQIgBkH/rOIESw0ACwsgAEEJSwRAIAJBAmsiAiADQQZqaiAAIABB//8DcUHkAG4iAEHkAGxrQf//A3FBAXQvAciSQTsAAAtBACAEIAAbRQRAIAJBAWsiAiADQQZqaiAAQQF0LQDJkkE6AAALIAFBAUEBQQAgA0EGaiACakEKIAJrEEggA0EQaiQAC6QCAQV/IwBBgAFrIgMkACABIAJBBHRBQHFqIQcgASEFA0AgBSAHRkUEQEEAIQQDQCAEQcAARkUEQCADIAQgBWoQ9QEgA0FAayAEaiIGIAMpAAg3AAggBiADKQAANwAAIARBEGohBAwBCwsgAyADQUBrQcAA/AoAAEEAIQQDQCAEQcAARkUEQCADIARqIgYgBkEIahD8ASAEQRBqIQQMAQsLIAAgAykDACADKQMIEDQgACADKQMQIAMpAxgQNCAAIAMpAyAgAykDKBA0IAAgAykDMCADKQM4EDQgBUFAayEFDAELCyACQQNxQQR0IQQgASACQfz//z9xQQR0aiEBA0AgBARAIAAgARCiAiAEQRBrIQQgAUEQaiEBDAELCyADQYABaiQAC70CAQZ/IwBBIGsiAiQAIAAoAgAhAwJAAkACQAJAAkAgACgCBCIADgMEAgEAC0EBIQQgASgCACIFQcTiwABBByABKAIEIgYoAgwiBxEAAA0CIABBA3QhAEEAIQEDQCAARQRAQQAhBAwECyACIAM2AhwgAQRAIAVBy+LAAEECIAcRAAANBAsgAkEHNgIQIAIgAkEcajYCDCAFIAZB65nAACACQQxqEEcNAyADQQhqIQMgAUEBayEBIABBCGshAAwACwALIAJBEjYCGCACQRI2AhAgAiADNgIMIAIgA0EIajYCFCABKAIAIAEoAgRBh5nAACACQQxqEEchBAwBCyACQRI2AhAgAiADNgIMIAEoAgAgASgCBEHrmcAAIAJBDGoQRyEECyACQSBqJAAgBA8LQabiwABBDkG04sAAEPkCAAuJAgEGfyAAKAIIIgQhAgJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiBiAAKAIAIARrSwR/IAAgBCAGEKABIAAoAggFIAILIAAoAgRqIQICQCABQYABTwRAIAFBP3FBgH9yIQUgAUEGdiEDIAFBgBBJBEAgAiAFOgABIAIgA0HAAXI6AAAMAgsgAUEMdiEHIANBP3FBgH9yIQMgAUH//wNNBEAgAiAFOgACIAIgAzoAASACIAdB4AFyOgAADAILIAIgBToAAyACIAM6AAIgAiAHQT9xQYB/cjoAASACIAFBEnZBcHI6AAAMAQsgAiABOgAACyAAIAQgBmo2AghBAAu6AgECfyMAQSBrIgIkACACQQRqIAEQpwECQAJAAkACfyACLQAEQQFGBEAgAigCCAwBCyACLQAFQQFGBEAgAi0ABkEiRw0CIAFBADYCCCABIAEoAhRBAWo2AhQgAkEQaiABQQxqIAEQOyACKAIUIQMgAigCEEECRw0DIABBgICAgHg2AgAgACADNgIEDAQLIAJBBTYCECABIAJBEGoQ0gELIQEgAEGAgICAeDYCACAAIAE2AgQMAgsgASACQR9qQcDhwAAQSSABENgCIQEgAEGAgICAeDYCACAAIAE2AgQMAQsgAkEEaiADIAIoAhgQswEgAigCBEGAgICAeEYEQCACKAIIIAEQ2AIhASAAQYCAgIB4NgIAIAAgATYCBAwBCyAAIAIoAgw2AgggACACKQIENwIACyACQSBqJAALgAICA38BfiMAQSBrIgUkAEEBIQdBBCEGAkACQCAErSADrX4iCEIgiKcNACAIpyIDQfz///8HSw0AAn8gAUUEQEEAIQYgBUEcagwBCyAFQQQ2AhwgASAEbCEGIAVBGGoLIAY2AgACfyAFKAIcBEAgBSgCGCIBRQRAIAVBEGpBBCADENcCIAUoAhAhBiAFKAIUDAILIAIgAUEEIAMQPSEGIAMMAQsgBUEIakEEIAMQ1wIgBSgCCCEGIAUoAgwLIAZFBEAgAEEENgIEQQghBgwCCyAAIAY2AgRBACEHQQghBiEDDAELQQAhAwsgACAGaiADNgIAIAAgBzYCACAFQSBqJAAL+gEBA38jAEEQayICJAAgACgCACEAAn8gAS0AC0EYcUUEQCABKAIAIAAgASgCBCgCEBEBAAwBCyACQQA2AgwgASACQQxqAn8gAEGAAU8EQCAAQT9xQYB/ciEDIABBBnYhASAAQYAQSQRAIAIgAzoADSACIAFBwAFyOgAMQQIMAgsgAEEMdiEEIAFBP3FBgH9yIQEgAEH//wNNBEAgAiADOgAOIAIgAToADSACIARB4AFyOgAMQQMMAgsgAiADOgAPIAIgAToADiACIARBP3FBgH9yOgANIAIgAEESdkFwcjoADEEEDAELIAIgADoADEEBCxA8CyACQRBqJAALqQIBBX8jAEEgayICJABBASEDAkAgACgCACIELQAAQQFGBEAgASgCACIAQeyowABBBCABKAIEIgYoAgwiBREAAA0BIARBAWohBAJAIAEtAApBgAFxRQRAIABB6rTAAEEBIAURAAANAyAEIAEQjgINAyABKAIAIQAgASgCBCgCDCEFDAELIABB67TAAEECIAURAAANAiACQQE6AA8gAiAGNgIEIAIgADYCACACQfS0wAA2AhQgAiABKQIINwIYIAIgAkEPajYCCCACIAI2AhAgBCACQRBqEI4CDQIgAigCEEHotMAAQQIgAigCFCgCDBEAAA0CCyAAQe60wABBASAFEQAAIQMMAQsgASgCAEHoqMAAQQQgASgCBCgCDBEAACEDCyACQSBqJAAgAwuEAgECfyMAQSBrIgEkACABQQRqIAAQpwECQCABLQAEQQFGBEAgASgCCCEADAELIAEtAAVBAUYEQAJAIAEtAAYiAkHdAEcEQCACQSxGDQEgAUEWNgIUIAAgAUEUahDSASEADAMLIAAgACgCFEEBajYCFEEAIQAMAgsgACAAKAIUQQFqNgIUIAFBDGogABCnAQJAIAEtAAwiAg0AIAEtAA1BAUcNACABLQAOQd0ARw0AIAFBFTYCFCAAIAFBFGoQ0gEhAAwCCyABQRY2AhQgACABQRRqENIBIQAgAkUNASABKAIQELcBDAELIAFBAjYCFCAAIAFBFGoQ0gEhAAsgAUEgaiQAIAAL8gEBBn8gACgCCCEGIAACf0EBIAFBgAFJIgMNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiBxBmIAAoAgQgACgCCGohAgJAIANFBEAgAUE/cUGAf3IhAyABQQZ2IQQgAUGAEEkEQCACIAM6AAEgAiAEQcABcjoAAAwCCyABQQx2IQUgBEE/cUGAf3IhBCABQf//A00EQCACIAM6AAIgAiAEOgABIAIgBUHgAXI6AAAMAgsgAiADOgADIAIgBDoAAiACIAVBP3FBgH9yOgABIAIgAUESdkFwcjoAAAwBCyACIAE6AAALIAAgBiAHajYCCEEAC4ACAQN/IwBBIGsiBSQAIAUgBDYCCCAFIAM2AgQCfwJAIAJFDQADQCACQQFNBEAgASAGQegAbGoiAkHUAGooAgAgAkHYAGooAgAgAyAEEKcCQf8BcQ0CQQAMAwUgBiACQQF2IgcgBmoiBiABIAZB6ABsaiIGQdQAaigCACAGQdgAaigCACADIAQQpwJB/wFxQQFGGyEGIAIgB2shAgwBCwALAAsgBUENNgIcIAUgBUEEajYCGCAFQQxqQcqFwAAgBUEYahBZQauiwABBDSAFKAIQIgEgBSgCFBDbASECIAUoAgwgARCnA0EBCyEBIAAgAjYCBCAAIAE2AgAgBUEgaiQAC7oBAQJ/IwBBkAVrIgQkACAAKAIAIABCADcDAEEBcQRAIAQgAEEIakHIAvwKAABBBEEgEOoCIgBBAToAHCAAQoKAgIAQNwIAQQhBoAUQ6gIiAyAEQZAF/AoAACADQQA6AJgFIAMgAjYClAUgAyABNgKQBSAAQQA2AgggACAAQQhqNgIYIABBwMjAADYCFCAAQZSmwAA2AhAgACADNgIMEJgBIAAQiQEgBEGQBWokAA8LQaSmwABBMRC3AwAL8gECA38BfiAAIAAoAjggAmo2AjgCQAJAIAAoAjwiBEUEQAwBCyABQQBBCCAEayIDIAIgAiADSxsQqwEhBiAAIAApAzAgBiAEQQN0rYaEIgY3AzAgAiADTwRAIAAgACkDGCAGhTcDGCAAELsBIABBADYCPCAAIAApAwAgACkDMIU3AwAMAQsgAiAEaiEBDAELIAIgA2siBEF4cSEFA0AgAyAFT0UEQCAAIAEgA2opAAAiBiAAKQMYhTcDGCAAELsBIAAgBiAAKQMAhTcDACADQQhqIQMMAQsLIAAgASADIARBB3EiARCrATcDMAsgACABNgI8C+4BAQt/IwBBEGsiBCQAAkAgASgCECIFIAEoAggiCUsNACABQRRqIgogAS0AGCIDakEBayELIAEoAgQhByABKAIMIQIgA0EFSSEMAkACQANAIAIgBUsNAyAEQQhqIAstAAAgAiAHaiAFIAJrEKEBIAQoAghBAUcNASABIAIgBCgCDGpBAWoiAjYCDCACIANJDQAgAiADayEIIAIgCUsNACAMRQ0CIAcgCGogCiADEOsBDQALIAAgAjYCCCAAIAg2AgRBASEGDAILIAEgBTYCDAwBC0EAIANBBEG4ycAAEGUACyAAIAY2AgAgBEEQaiQAC+ABAQJ/IwBBEGsiAyQAIAAoAgAhAAJ/AkAgASgCCCICQYCAgBBxRQRAIAJBgICAIHENASAAIAEQagwCCyAAKAIAIQJBCSEAA0AgACADakEGaiACQQ9xLQDP5UA6AAAgAEEBayEAIAJBBHYiAg0ACyABQQFB0MXAAEECIAAgA2pBB2pBCSAAaxBIDAELIAAoAgAhAkEJIQADQCAAIANqQQZqIAJBD3EtANLFQDoAACAAQQFrIQAgAkEEdiICDQALIAFBAUHQxcAAQQIgACADakEHakEJIABrEEgLIANBEGokAAv3AQECfyMAQTBrIgMkAAJAAkACQCACQQFrQf4ASw0AIAMgAjYCJCADQQA2AiAgAyACNgIcIAMgATYCGCADQQE6ACwgA0EvNgIUIANBLzYCKCADQQhqIANBFGoQdyADKAIIRQ0AIAMoAgxFDQAgAiADKAIQRg0AA0AgAkUNAiABLQAAIgRBMGtB/wFxQQpJIARBX3FBwQBrQf8BcUEaSXJFBEAgAyAEQb7RwABBBBChASADKAIAQQFHDQILIAFBAWohASACQQFrIQIMAAsACyAAQSY2AgggAEGY0cAANgIEIABBAzoAAAwBCyAAQQs6AAALIANBMGokAAv2AQICfwJ+IwBBEGsiBCQAAkACQAJAAkACQAJAAkAgASgCFCIFIAEoAhBJBEAgASgCDCAFai0AACIFQS5GDQEgBUHFAEYgBUHlAEZyDQILIAJFDQJCASEGDAULIAQgASACIANBABBgIAQoAgANAgwDCyAEIAEgAiADQQAQUiAEKAIARQ0CIAAgBCgCBDYCCCAAQgM3AwAMBAtCACADfSIHQgBTBEBCAiEGIAchAwwDCyADur1CgICAgICAgICAf4QhAwwCCyAAIAQoAgQ2AgggAEIDNwMADAILIAQpAwghAwsgACADNwMIIAAgBjcDAAsgBEEQaiQAC9kBAQJ/IwBBEGsiAyQAAn8CQCABKAIIIgJBgICAEHFFBEAgAkGAgIAgcQ0BIAAgARBqDAILIAAoAgAhAkEJIQADQCAAIANqQQZqIAJBD3EtAM/lQDoAACAAQQFrIQAgAkEEdiICDQALIAFBAUHQxcAAQQIgACADakEHakEJIABrEEgMAQsgACgCACECQQkhAANAIAAgA2pBBmogAkEPcS0A0sVAOgAAIABBAWshACACQQR2IgINAAsgAUEBQdDFwABBAiAAIANqQQdqQQkgAGsQSAsgA0EQaiQAC/4BAQJ/IwBBgAFrIgUkACAFQQxqIgZBAEHMAPwLACAFIAQ2AnwgBSADNgJ4IAVBGDYCdCAFIAI2AnAgBUEBNgJsIAVB1prAADYCaCAFQRA2AmQgBUG00MAANgJgIAVBHzYCXCAFQcTQwAA2AlggASAFQdgAaiIBQQUgBkHMABA/IAAgBSkAJDcAGCAAIAUpABw3ABAgACAFKQAUNwAIIAAgBSkADDcAACAAIAUpACw3AEAgACAFKAA0NgBIIAAgBSkAODcAICAAIAUpAEA3ACggACAFKQBINwAwIAAgBSkAUDcAOCAFIAE2AlwgBSAGNgJYIAEQqgIgBUGAAWokAAvTAQEFf0EKIQQgAiEDAkADQCADQecHTQRAAkAgA0EJSw0ADAMLBSABIARqIgVBBGsgAyADQZDOAG4iA0GQzgBsayIGQfsobEETdiIHQQF0LwHIkkE7AAAgBUECayAHQZx/bCAGakEBdC8ByJJBOwAAIARBBGshBAwBCwsgASAEQQJrIgRqIAMgA0H7KGxBE3YiA0Gcf2xqQQF0LwHIkkE7AAALQQAgAiADG0UEQCABIARBAWsiBGogA0EwcjoAAAsgAEEKIARrNgIEIAAgASAEajYCAAvqAQEHfyMAQSBrIgEkACABQRhqEI0CIgVB56DAAEEGEIIDIgIQ8wEgAUEQaiABKAIYIAEoAhwQ0wICQCABKAIQQQFHBEAgAiEDDAELIAEoAhQhAyACEJoDAkAgAxC4Aw0AIAMQuQMNACABQQhqIANB7aDAAEEGEIIDIgQQ8wEgASABKAIIIAEoAgwQ0wIgASgCBCECIAEoAgAgBBCaA0EBRw0AAkAgAhC4Aw0AIAIQuQMNACACJQEQASIEQQBHIQcgBA0CCyACEJoDCwsgAxCaAyAFEJoDIAAgAjYCBCAAIAc2AgAgAUEgaiQAC84BAgJ8An8jAEEQayIHJAAgA7ohBSAAAn8CQAJAAkADQCAEIARBH3UiCHMgCGsiCEG0Ak0EQCAIQQN0KwOQ5kAhBiAEQQBODQIgBSAGoyEFDAQLIAVEAAAAAAAAAABhDQMgBEEASARAIARBtAJqIQQgBUSgyOuF88zhf6MhBQwBCwsMAQsgBSAGoiIFmUQAAAAAAADwf2INAQsgB0EONgIEIAAgASAHQQRqEPgBNgIEQQEMAQsgACAFIAWaIAIbOQMIQQALNgIAIAdBEGokAAvPAQEEf0H4ACABayIEQQAgBEH4AE0bIQUgAUEBdCAAakEgayEEQQAhAAJAAkADQCAAQQhGDQEgACABaiIDQRBrIgZB9wBLDQIgACAFRwRAIARBIGoiAyAELwEAIAMvAQAiAyACQQ9xdiADQQAgAmtBD3F0ckGRInFzIgNBAnRBzJkDcSADQQF0Qe7dA3FzIANBA3RBiJECcXMgA3M7AQAgAEEBaiEAIARBAmohBAwBCwsgA0H4AEHg2sAAEOYBAAsPCyAGQfgAQdDawAAQ5gEAC9YBAQR/IwBBEGsiBCQAAkBBgAEgAC0AfyIDayIFIAJNBEAgAEGAAWohBiADBEAgBCABIAIgBUGsysAAEJYCIAQoAgwhAiAEKAIIIQEgBCgCBCIFBEAgACADaiAEKAIAIAX8CgAACyAGIABBARCsAiAAQQA6AH8LIAJBB3YiAwRAIAYgASADEKwCCyAAIAJB/wBxIgM6AH8gA0UNASAAIAEgAkGA////B3FqIAP8CgAADAELIAIEQCAAIANqIAEgAvwKAAALIAAgAiADajoAfwsgBEEQaiQAC8UBAQJ/IABBgAFPBEAgAUEEEGYgASgCCCIDIAEoAgRqIQIgAQJ/IABBgBBJBEAgAiAAQQZ2QcABcjoAAEECDAELIABB//8DTQRAIAIgAEEMdkHgAXI6AAAgAiAAQQZ2QT9xQYABcjoAAUEDDAELIAIgAEESdkHwAXI6AAAgAiAAQQZ2QT9xQYABcjoAAiACIABBDHZBP3FBgAFyOgABQQQLIgEgA2o2AgggASACakEBayAAQT9xQYABcjoAAA8LIAEgABCxAgvEAQIEfgR/IwBBIGsiBiQAIAYgAUGvAmoiB0EcbiIIQQR0IgkpA5CPQSIFIAcgCEEcbGtBA3QpA6iNQSIEEK8BIAZBEGogCSkDiI9BIgIgBBCvASAGKQMYIAIgBH4iAyAGKQMIfCICIANUrXwiA0IAWQRAIANCAYYgAkI/iIQhAyACQgGGIAQgBX5CP4iEIQILIAAgAzcDACAAIAIgAUGlAmoiAEEDdkH8////AXEoAviRQSAAdkEBca19NwMIIAZBIGokAAvSAQEHfyMAQRBrIgIkACAAKAIEIgYgACgCCCIBaiEEIAAoAgAgAWsiBUHw////B3EhBwJAIAVBBHYiAUUNACABQQR0IQMgBCEBA0AgA0UNASACQgA3AwggAkIANwMAIAEgAikDCDcACCABIAIpAwA3AAAgA0EQayEDIAFBEGohAQwACwALIAQgB2ohAyAFQQ9xIQEDQCABBEAgA0EAOgAAIAFBAWshASADQQFqIQMMAQsLIAIgBDYCBCACIAY2AgAgAhCqAiAAQQA2AgggAkEQaiQAC9IBAQV/IwBBEGsiBCQAAkAgAigCAEEBRgRAIAIoAgQhAyACKAIIIQUCQANAIANFDQEgBEEIaiABIAMgBRDWAkEAIQMgBCgCCCIGRQ0ACyAEKAIMIQMgAkEANgIEDAILIAJCADcCAAsCQCACKAIMIgNFDQAgAigCECEHA0AgAyAHRg0BIAIgA0EwaiIFNgIMIAQgASADIANBKGooAgAQ1gIgBSEDIAQoAgAiBkUNAAsgBCgCBCEDDAELQQAhBgsgACADNgIEIAAgBjYCACAEQRBqJAAL1QEBA38jAEEgayICJAAgAkEIaiABKAIIIgQgASgCACABKAIEIgNB+IPBABCpAgJAIAIoAgxBA00EQCABIAM2AgggAkEENgIUIAAgASACQRRqEO4BDAELIAIoAgghAyABIARBBGo2AgggAy0AA0EBdC4BvPlAIAMtAAJBAXQuAbz9QCADLQABQQF0LwG8+UAgAy0AAEEBdC8BvP1AcsFBCHRyciIDQQBIBEAgAkEMNgIUIAAgASACQRRqEO4BDAELIABBADsBACAAIAM7AQILIAJBIGokAAvgAQIDfwF+IwBBIGsiAyQAIANBCGogAEHomsAAELkCAkAgAygCCCIAKAIABEAgACgCDEECRw0BIAMoAgwhBCAAKQIAIQYgAEEANgIAIAMgACgCCDYCGCADIAY3AxAgA0EQahDsAiAAKAIMIABBEGoiBSgCABCbAyAFIAI2AgAgACABNgIMIAAoAhQhASAAQQA2AhQgACgCGCEAIAQgBCgCAEEBajYCACABBEAgACABKAIEEQIACyADQSBqJAAPC0H4msAAQcEAQZibwAAQjAIAC0Gom8AAQTtByJvAABCMAgAL3QECA38BfiMAQRBrIgMkAAJAAkACQEEBIAEoAgAiAkECayACQQFNG0EBaw4CAgEACyABKQIAIQUgAUEENgIAIAVCIIinIQIgBaciBEECRgRAIANBCGogAhECACADKAIIIQIgASADKAIMNgIEIAEgAjYCACACQQJJDQJBtsfAAEEoQeDHwAAQ+QIACyAEQQFNBEAgBCACEKMDC0G2x8AAQShB8MfAABD5AgALEK8DAAsgAkEBRwR/QQAFIAEoAgQQywIhAUEBCyECIAAgATYCBCAAIAI2AgAgA0EQaiQAC70DAgl/AW8jAEEQayIGJAAgBkEIakHElMEAKAIAIgdBCGpBgMnAABC5AiAGKAIMIQggBigCCCIBKAIMIgMgASgCACICRgRAIAEoAgAhAyMAQRBrIgIkACACQQhqIAEgASgCAEEBQQQQlgEgAigCCCIEQYGAgIB4RwRAIAIoAgwaIAQQ8gIACyACQRBqJAACQCABKAIIIgQgAyABKAIMIgVrTQ0AIAMgBGsiAiAFIAJrIgVLIAEoAgAiCSADayAFT3FFBEAgCSACayEDIAJBAnQiAgRAIAEoAgQiBSADQQJ0aiAFIARBAnRqIAL8CgAACyABIAM2AggMAQsgBUECdCICRQ0AIAEoAgQiBCADQQJ0aiAEIAL8CgAACyABKAIAIQIgASgCDCEDCyABIANBAWo2AgwgASgCBCABKAIIIANqIgEgAkEAIAEgAk8ba0ECdGogADYCACAIIAgoAgBBAWo2AgAgBy0AHCEAIAdBAToAHAJAIAANAEHQlMEALQAARQRAQciUwQAoAgAlAUHMlMEAKAIAJQEQJCEKEGEiACAKJgEgABCaAwwBC0HMlMEAKAIAJQEQJQsgBkEQaiQAC88BAQV/QQQhByMAQRBrIgUkAAJAAkACQCABKAIAIgQgAk8EQAJ/IARFBEAgBUEMaiEGQQAMAQsgBUEENgIMIAEoAgQhCCAFQQhqIQYgAyAEbAshBCAGIAQ2AgAgBSgCDCIERQ0CIAUoAgghBiACRQRAIAggBhCFAwwCCyAIIAYgBCACIANsIgMQPSIHDQEMAwtB44zBAEHJAEGIjcEAEIwCAAsgASACNgIAIAEgBzYCBAtBgYCAgHghBAsgACADNgIEIAAgBDYCACAFQRBqJAAL8gECBn8BbyMAQRBrIgMkAEEEQSgQ6gIiAkEANgIgIAJBAjYCGCACQgA3AgggAkKCgICAEDcCAEEEQQQQ6gIiASACNgIAIAFB/JzAABCBAyEEIAIgAigCAEEBaiIBNgIAIAFFBEAAC0EEQQQQ6gIiASACNgIAIAFB6JzAABCBAyIGIQEgACUBIAQlASABJQEQACEHEGEiASAHJgEgARCaAyADQQhqIAJBCGpB2JrAABC5AiADKAIMIQUgAygCCCIBEOwCIAEgBjYCCCABIAQ2AgQgAUEBNgIAIAUgBSgCAEEBajYCACAAEJoDIANBEGokACACC7oBACAAIAFCu/G2NH5CKIhC8LH//w9+IAF8IgFC+yh+QhOIQv+AgIDwD4NCnP8DfiABfCIBQucAfkIKiEKPgLyA8IHAB4NC9gF+IAF8IgFCOIYgAUKA/gODQiiGhCABQoCA/AeDQhiGIAFCgICA+A+DQgiGhIQgAUIIiEKAgID4D4MgAUIYiEKAgPwHg4QgAUIoiEKA/gODIAFCOIiEhIQiATcDACAAQcYAIAFCAYZCAYR5p2tBA3Y2AggLxQEBBH8jAEEgayIAJAAgAEEYakGklMEAEIgBQQEhAgJ/IAAoAhhBAUYEQCAAKAIcDAELIABBEGpBtJTBABCIASAAKAIQIQIgACgCFAshAUEBIQMgAkEBRwRAIABBCGpBnJTBABCIASAAKAIIIQMgACgCDCEBC0EBIQIgA0EBRwRAIABBrJTBABCIASAAKAIAIQIgACgCBCEBC0GACCEDAkAgAkEBRw0AIAEQuANFBEAgASEDDAELIAEQmgMLIABBIGokACADC8YBAQF/IwBBEGsiCyQAIAAoAgAgASACIAAoAgQoAgwRAAAhASALQQA6AA0gCyABOgAMIAsgADYCCCALQQhqIAMgBCAFIAYQZyAHIAggCSAKEGchASALLQANIgIgCy0ADCIDciEAAkAgA0EBcSACQQFHcg0AIAEoAgAiAC0ACkGAAXFFBEAgACgCAEHwtMAAQQIgACgCBCgCDBEAACEADAELIAAoAgBBpMrAAEEBIAAoAgQoAgwRAAAhAAsgC0EQaiQAIABBAXELqgEBAn8jAEEgayIGJAAgBkEIaiACIAVqQSBqQQFBARDjASAGQQA2AhwgBiAGKQMINwIUIAZBFGoiB0HxmcAAQQ4QlwIgByABIAIQlwIgBigCHCIBIAYoAhRGBEAgBxDAAQsgBigCGCABakEAOgAAIAYgAUEBajYCHCAGQRRqIgEgA0EQEJcCIAEgBCAFEJcCIAAgBigCHDYCCCAAIAYpAhQ3AgAgBkEgaiQAC54BAQJ/IwBBIGsiASQAIAFBDGogABCnAQJ/IAEtAAxBAUYEQCABKAIQDAELIAEtAA1BAUYEQAJAIAEtAA4iAkH9AEcEQCACQSxGDQEgAUEWNgIUIAAgAUEUahDSAQwDCyAAIAAoAhRBAWo2AhRBAAwCCyABQRU2AhQgACABQRRqENIBDAELIAFBAzYCFCAAIAFBFGoQ0gELIAFBIGokAAu3AQIDfwFvIwBB4AJrIgUkACAAIAAoAgBBAWoiBjYCACAGBEAgBUEIaiACQQFBARDjASAFKAIMIQYgBSgCCCEHIAIEQCAGIAEgAvwKAAALIAUgBDoA2QIgBUEAOgDYAiAFIAI2AtQCIAUgBjYC0AIgBSAHNgLMAiAFIAA2AsgCIAUgAzYCwAIgBUIBNwMQIAVBEGoiAEHwpcAAEAIhCBBhIgEgCCYBIAAQ+AIgBUHgAmokACABDwsAC7QBAQV/IwBBEGsiAyQAIANBCGogAUEIakHYpsAAELkCIAMoAggiASgCDCEEIAMoAgwhBSABQQI2AgwCQCAEQQJHBEAgASgCECEBDAELIAMgAigCBCACKAIAKAIAEQMAIAMoAgQhAiADKAIAIQYgASgCFCIHBEAgASgCGCAHKAIMEQIACyABIAI2AhggASAGNgIUCyAFIAUoAgBBAWo2AgAgACABNgIEIAAgBDYCACADQRBqJAALjAEBA38jAEEQayIDJABBAyECIABB/wFxIgRBCk8EQEEBIQIgAyAAIARB5ABuIgBB5ABsa0H/AXFBAXQvAciSQTsADgtBACAEIABB/wFxIgAbRQRAIAJBAWsiAiADQQ1qaiAAQQF0LQDJkkE6AAALIAFBAUEBQQAgA0ENaiACakEDIAJrEEggA0EQaiQAC6IBAQN/IABBgAFPBEAgAEE/cUGAf3IhAyAAQQZ2IQIgAEGAEEkEQCABIAM6AAEgASACQcABcjoAAA8LIABBDHYhBCACQT9xQYB/ciECIABB//8DTQRAIAEgAzoAAiABIAI6AAEgASAEQeABcjoAAA8LIAEgAzoAAyABIAI6AAIgASAEQT9xQYB/cjoAASABIABBEnZBcHI6AAAPCyABIAA6AAALoAECAX8BfiMAQRBrIgUkACAAAn8CQAJAAkAgBK0gAa1+IgZCIIinDQAgBqciBEGAgICAeCADa0sNACAEDQEgACADNgIIIABBADYCBEEADAMLIABBADYCBAwBCyAFQQhqIAMgBCACEN4BIAUoAggiAgRAIAAgAjYCCCAAIAE2AgRBAAwCCyAAIAQ2AgggACADNgIEC0EBCzYCACAFQRBqJAALmgEBAX8jAEEQayIFJAACf0EAIAMgAiADaiICSw0AGiAFQQRqIAEoAgAiAyABKAIEQQQgAiADQQF0IgMgAiADSxsiAiACQQRNGyIDIAQQbyAFKAIEQQFGBEAgBSgCDCECIAUoAggMAQsgBSgCCCECIAEgAzYCACABIAI2AgRBgYCAgHgLIQMgACACNgIEIAAgAzYCACAFQRBqJAALmgEBAX8jAEEQayICJAAgAkEIaiABEKcBIAACfwJAIAItAAhBAUYEQCACKAIMIQEMAQsCQCACLQAJQQFGBEAgAi0ACkHuAEYNAQsgAiABEFEgAigCACAAIAIoAgQ2AgRBAWoMAgsgASABKAIUQQFqNgIUIAFB+MnAAEEDEJoBIgENAEEADAELIAAgATYCBEECCzYCACACQRBqJAAL8gECAn8BfiMAQRBrIgAkAAJAAkACQEEBQdCUwQAtAAAiAUECayABQQFNG0H/AXFBAWsOAgIBAAtBzJTBACkCACECQdCUwQBBBDoAACAAIAI3AwggAEHElMEAKQIANwMAIAAtAAxBAkYEQCAAIAAoAgARAgBBzJTBACAAKQIINwIAQcSUwQAgACkCADcCAEHQlMEALQAAQQJJDQJBtsfAAEEoQeDHwAAQ+QIACyAALQAMQQFNBEAgACgCABDnAiAAKAIEEJoDIAAoAggiABDIAyAAEJoDC0G2x8AAQShB8MfAABD5AgALEK8DAAsgAEEQaiQAC6UBAQR/IwBBEGsiAyQAIANBADYCDCADQoCAgIAQNwIEIANBBGpBIBBmQYCAxAAhAgNAAkACQCACQYCAxABHBEBBgIDEACEFDAELIARBEEYNASABIARqIARBAWohBC0AACICQQ9xLQDP5UAhBSACQQR2LQDP5UAhAgsgA0EEaiACENoBIAUhAgwBCwsgACADKAIMNgIIIAAgAykCBDcCACADQRBqJAALjAEBAX8jAEEgayIDJAACfwJAAkADQEEAIAJFDQMaIANBDGogABD7ASADLQAMDQIgAy0ADUEBRw0BIAMtAA4gAS0AAEYEQCABQQFqIQEgAkEBayECDAELCyADQQk2AhQgACADQRRqEPgBDAILIANBBTYCFCAAIANBFGoQ+AEMAQsgAygCEAsgA0EgaiQAC40BAQR/IwBBEGsiAyQAIAMQ/gEgASgCECIFIAEoAgxqIgRB/4H8B3FBCHggBEEYeEH/gfwHcXIhBANAIAJBEEZFBEAgAiADaiACQQxHBH8gASACaigCAAUgBAs2AAAgAkEEaiECDAELCyAAIAMpAAg3AAggACADKQAANwAAIAEgBUEBajYCECADQRBqJAALkAEBA38jAEEgayIEJAAgBEEUaiACIAMQQiAAAn8gBCgCFEEBRgRAIAQoAhghBiAEQQhqIAEQggIgBCgCDCEFIAQoAgghARCbAiICIAE2AgwgAkEPNgIAIAIgBSAGIANraiIDQQAgAyAFTRs2AhBBAAwBCyAEKAIcIQIgBCgCGAs2AgAgACACNgIEIARBIGokAAuhAQEDfyMAQRBrIgEkAAJ/IAAtAAAiAkECSwRAQd6dwAAhAkEJDAELIAJBAnQiAygCqKdAIQIgAygCnKdACyEDIAFBADYCCCABQoCAgIAQNwIAIAAgAUHQpMAAEE4EQEGw28AAQTcgAUEPakHopMAAQejbwAAQ0AEACyABKAIAIAIgAyABKAIEIgIgASgCCBDbASEDIAIQpwMgAUEQaiQAIAMLjQEBBH8jAEEQayICJAACf0EBIAEoAgAiA0EnIAEoAgQiBSgCECIBEQEADQAaIAIgACgCAEGBAhA5AkAgAi0ADSIAQYEBTwRAIAMgAigCACABEQEARQ0BQQEMAgsgAyACIAItAAwiBGogACAEayAFKAIMEQAARQ0AQQEMAQsgA0EnIAERAQALIAJBEGokAAuOAQEBfyMAQRBrIgUkAAJAIAAgASACELoBIgINACAFQQhqIgEgACgCACIAKAIAEJwDIAEQ3QIiAg0AIAAoAgAhAAJ/IANBAUYEQCAEIAAQ9wEMAQsgAEG4+cAAQQQQlwIgBUEEOgAIIAVBCGoQ3QILIgINACAFQQQ6AAggBUEIahDdAiECCyAFQRBqJAAgAguGAQEDfyMAQRBrIgMkACACIAEgAmoiAUsEQEEAEPICAAsgA0EEaiAAKAIAIgIgACgCBEEIIAEgAkEBdCICIAEgAksbIgEgAUEITRsiARC0ASADKAIEQQFGBEAgAygCCCADKAIMIQUQ8gIACyADKAIIIQIgACABNgIAIAAgAjYCBCADQRBqJAALngMBB38jAEEQayIIJAACQCADQQdNBEAgAUH/AXEhBUEAIQEDQCABIANGBEAgAyEBDAMLIAUgASACai0AAEYEQEEBIQQMAwUgAUEBaiEBDAELAAsACyAIQQhqIQkCQAJAAkAgAiACQQNqQXxxIgRHBEAgBCACayEFQQAhBCABQf8BcSEHQQEhBgNAIAIgBGotAAAgB0YNBCAFIARBAWoiBEcNAAsgBSADQQhrIgZLDQIMAQsgA0EIayEGCyABQf8BcUGBgoQIbCEEA0BBgIKECCACIAVqIgcoAgAgBHMiCmsgCnJBgIKECCAHQQRqKAIAIARzIgdrIAdycUGAgYKEeHFBgIGChHhHDQEgBUEIaiIFIAZNDQALCwJAIAMgBUYNACADIAVrIQMgAiAFaiECQQAhBCABQf8BcSEBA0AgASACIARqLQAARwRAIARBAWoiBCADRw0BDAILCyAEIAVqIQRBASEGDAELQQAhBgsgCSAENgIEIAkgBjYCACAIKAIMIQEgCCgCCCEECyAAIAQ2AgAgACABNgIEIAhBEGokAAt+AQF/IwBBIGsiASQAIAFBDGogABCnAQJ/IAEtAAxBAUYEQCABKAIQDAELIAEtAA1BAUYEQCABLQAOQTpGBEAgACAAKAIUQQFqNgIUQQAMAgsgAUEGNgIUIAAgAUEUahDSAQwBCyABQQM2AhQgACABQRRqENIBCyABQSBqJAALggECAX8BfgJAAkAgAa0gA61+IgVCIIinDQAgAiAFpyIBakEBayIEIAFJDQAgA0EIaiIDIARBACACa3EiBGoiASADSQ0BQYCAgIB4IAJrIAFPBEAgACAENgIIIAAgATYCBCAAIAI2AgAPCyAAQQA2AgAPCyAAQQA2AgAPCyAAQQA2AgALngEBAX8jAEEQayICJAAgAkEEaiABEFsCQCACLQAEQQFGBEAgACACKAIINgIEIABBgYCAgHg2AgAMAQsgAi0ABUUEQCAAQYCAgIB4NgIADAELIAJBBGogASgCABBuIAIoAgRBgICAgHhHBEAgACACKAIMNgIIIAAgAikCBDcCAAwBCyAAIAIoAgg2AgQgAEGBgICAeDYCAAsgAkEQaiQAC44BAQF/IwBBEGsiAiQAIAJBCGogARBbAkAgAi0ACEEBRgRAIAAgAigCDDYCBCAAQQM2AgAMAQsgAi0ACUUEQCAAQQI2AgAMAQsgAkEIaiABKAIAEJcBIAIoAggiAUECRwRAIAAgAigCDDYCBCAAIAE2AgAMAQsgACACKAIMNgIEIABBAzYCAAsgAkEQaiQAC30AAkAgAyAESw0AAkAgA0UNACACIANNBEAgAiADRw0CDAELIAEgA2osAABBv39MDQELAkAgBEUNACACIARNBEAgAiAERg0BDAILIAEgBGosAABBv39MDQELIAAgBCADazYCBCAAIAEgA2o2AgAPCyABIAIgAyAEIAUQngMAC38BBn8gASgCFCICIAEoAhAiAyACIANLGyEFIAEoAgwhBgNAIAIgA0kEQCACIAZqLQAAIQQLAkAgAiAFRg0AIARBCWsiB0EXS0EBIAd0QZOAgARxRXINACABIAJBAWoiAjYCFAwBCwsgACAEOgACIABBADoAACAAIAIgA0k6AAELjQEBAn8CQCABBEAgASgCACICQf////8HTwRAIABBzwA2AgggAEGXnMAANgIEIABBADYCAA8LIAEgAkEBajYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBBGo2AgAPCyAAQRs2AgggAEHIjMEANgIEIABBADYCAA8LAAuKAQEBfyMAQRBrIgIkACACQQhqIAEQWwJAIAItAAhBAUYEQCAAIAIoAgw2AgQgAEECNgIADAELIAItAAlFBEAgAEEANgIADAELIAIgASgCABBRIAIoAgQhASACKAIAQQFxRQRAIAAgATYCBCAAQQE2AgAMAQsgAEECNgIAIAAgATYCBAsgAkEQaiQAC5YBAQJ/IwBBMGsiAiQAIAJBCGogARBbAkAgAi0ACEEBRgRAIABBgYCAgHg2AhggACACKAIMNgIADAELIAItAAlFBEAgAEGAgICAeDYCGAwBCyACQQhqIgMgASgCABA3IAIoAiBBgICAgHhHBEAgACADQSj8CgAADAELIABBgYCAgHg2AhggACACKAIINgIACyACQTBqJAALcAIBfwF+QQQhAwJ+IAJBBEkEQEEAIQNCAAwBCyAAIAFqNQAACyEEIAIgA0EBcksEQCAAIAFqIANqMwAAIANBA3SthiAEhCEEIANBAnIhAwsgAiADSwR+IAAgASADamoxAAAgA0EDdK2GIASEBSAECwuQAQEDfyMAQRBrIQFBICECA0AgAkGQAkZFBEAgAUIANwMAIAAgAmoiAyABKQMANwAAIAFCADcDCCADIAEpAwg3AAggAkEQaiECDAELCyABQgA3AwAgACABKQMANwAAIAFCADcDCCAAIAEpAwg3AAggAUIANwMAIAAgASkDADcAECABQgA3AwggACABKQMINwAYC4YBAQF/AkAgAUHBAGtB/wFxQQZPBEAgAUHhAGtB/wFxQQZJDQEgAUEwayIDQf8BcUEKTwRAIAAgAjYCBCAAIAFB/wFxNgIADwsgAEGCgMQANgIAIAAgAzoABA8LIABBgoDEADYCACAAIAFBN2s6AAQPCyAAQYKAxAA2AgAgACABQdcAazoABAt/AQJ/IAFBD2ohAiAAIAFBAXRqIQBBECEBAkACQANAIAFFDQEgAkEIayIDQfcASw0CIAJB+ABJBEAgACABaiIDQQ5qIANBAmsvAQA7AQAgAUECayEBIAJBAWshAgwBCwsgAkH4AEHA2sAAEOYBAAsPCyADQfgAQbDawAAQ5gEAC2IBBH4gACACQv////8PgyIDIAFC/////w+DIgR+IgUgBCACQiCIIgJ+IgQgAyABQiCIIgZ+fCIBQiCGfCIDNwMAIAAgAyAFVK0gAiAGfiABIARUrUIghiABQiCIhHx8NwMICwMAAAuQAQICfwF+IwBBwAdrIgMkAANAIAJBwAdGRQRAIAIgA2ogATMBACIEQoCggICAAn4gBEKBgIAIfoRCj4C8gPCBwAeDIgRCiAR+QpCgwICBgoSIEIMgBELBAH5CgYKEiJCgwIABg4RCD343AwAgAkEIaiECIAFBAmohAQwBCwsgACADQcAH/AoAACADQcAHaiQAC3UBAn8gASACp3EhA0EIIQQDfyAAIANqKQAAQoCBgoSIkKDAgH+DIgJQBH8gAyAEaiABcSEDIARBCGohBAwBBSAAIAMgAnqnQQN2aiABcSIDaiwAAEEATgR/IAApAwBCgIGChIiQoMCAf4N6p0EDdgUgAwsLCwt5AQJ/IwBBEGsiAyQAAkACQCACBEAgA0EIakEBIAIQ9wIgAygCCCIEDQFBARDyAgALIABBADYCCCAAQoCAgIAQNwIADAELIABBADYCCCAAIAQ2AgQgACACNgIAIAIEQCAEIAEgAvwKAAALIAAgAjYCCAsgA0EQaiQAC2MBAX8CfyADQQBIBEBBASEBQQQMAQsCfwJ/IAEEQCACIAFBASADED0MAQsgAxAvCyIERQRAIABBATYCBEEBDAELIAAgBDYCBEEACyEBIAMhBEEICyAAaiAENgIAIAAgATYCAAumAQIEfwFvQSAQ9AIiAUIANwIUIAFCgICAgMAANwIMIAFCATcCBCABQQA6ABwQjQIiAiUBEBshBRBhIgMgBSYBIAMlARAcIQQgAxCaAyACEJoDQYAIJQEQHSEFEGEiAyAFJgEgAUECNgIAQQQQ9AIiAiABNgIAIAJB8MbAABCBAyECIAAgBEEARzoADCAAIAI2AgggACADNgIEIAAgATYCAEGACBCaAwsDAAALfAEGfwJAAkACQCAAKAIADgIAAQILIAAoAggiAUUNASAAKAIEIAEQhQMMAQsgAC0ABEEDRw0AIAAoAggiASgCBCIDKAIAIgIEQCABKAIAIAIRAgALIAMoAgQiAgRAIAEoAgAgAygCCCEGIAIQhQMLIAFBDBDRAQsgABDAAwt6AQV/AkACQAJAIAAoAgAOAgABAgsgACgCBCAAQQhqKAIAEIUDDAELIAAtAARBA0cNACAAKAIIIgEoAgQiAygCACICBEAgASgCACACEQIACyADKAIEIgIEQCABKAIAIAMoAgghBSACENEBCyABQQwQ0QELIABBFBDRAQtsAQN/IwBBIGsiAyQAIAAgASACQQR2EGsgAkEPcSIEBEAgA0EQaiIFEP4BIANBCGogBSAEQbzKwAAQiQIgAygCCCADKAIMIAEgAkHw////B3FqIARBzMrAABC6AiAAIAVBARBrCyADQSBqJAALdAEEfyMAQRBrIgMkACAAKAIAIQUgAC0ABEEBRwRAIAUoAgBBp8rAAEEBEJcCCyADQQQ6AAgCQCADQQhqIgYQ3QIiBA0AIABBAjoABCAFKAIAIAEgAhCmAiIEDQAgA0EEOgAIIAYQ3QIhBAsgA0EQaiQAIAQLZgEFfiAAIAApAxgiAUIQiSABIAApAwh8IgGFIgIgACkDECIDIAApAwB8IgRCIIl8IgU3AwAgACACQhWJIAWFNwMYIAAgASADQg2JIASFIgJ8IgEgAkIRiYU3AxAgACABQiCJNwMIC4QBAgJ/AW8jAEEQayIEJAAQoAMiBSUBIAIgAxAEIAElASAFJQEQBSEGEGEiASAGJgEgASEDIARBCGoQxgJBACECIAQoAghBAUYEQCAEKAIMQZShwABBB0GmpMAAQSMQ2wEhAxCaA0EBIQILIAUQmgMgACADNgIEIAAgAjYCACAEQRBqJAALXgECfyAAAn8gAULIAFoEQCABp0E4ayICIAJBkIABbiICQZCAAWxrIgNBEEkEQCAAQQA6AARBAQwCCyAAIAOtIAJBDnStfEIQfTcDCEEADAELIABBADoABEEBCzYCAAt9AwF/AX4BfCMAQRBrIgMkAAJAAkACQAJAIAAoAgBBAWsOAgECAAsgACsDCCEFIANBAzoAACADIAU5AwgMAgsgACkDCCEEIANBAToAACADIAQ3AwgMAQsgACkDCCEEIANBAjoAACADIAQ3AwgLIAMgASACEMwBIANBEGokAAt7AQJ/IwBBEGsiAyQAQYCVwQBBgJXBACgCACIEQQFqNgIAAkAgBEEASA0AAkBB5JTBAC0AAEUEQEHglMEAQeCUwQAoAgBBAWo2AgBB/JTBACgCAEEATg0BDAILIANBCGogACABEQMAAAtB5JTBAEEAOgAAIAJFDQAACwALaQEFfyMAQRBrIgEkACABQQRqIAAoAgAiAiAAKAIEQQggAkEBdCICIAJBCE0bIgIQtAEgASgCBEEBRgRAIAEoAgggASgCDCEFEPICAAsgASgCCCEDIAAgAjYCACAAIAM2AgQgAUEQaiQAC14BAX8jAEEQayIEJAACfyAARQRAQQAhACAEQQxqDAELIAQgAjYCDCAAIANsIQAgBEEIagsgADYCAAJAIAQoAgwiAEUNACAEKAIIIgJFDQAgASACENEBCyAEQRBqJAALZAEBfyMAQRBrIgMkACABBEAgA0EIaiABIAIoAhARAwAgAygCDCEBIAAgAygCCCICNgIIIAAgAUEAIAJBAXEiAhs2AgQgAEEAIAEgAhs2AgAgA0EQaiQADwtBhMfAAEEyELcDAAtXAQJ/A0AgAkEQRkUEQCAAIAJqIgEgAS8BACIBIAEgAUECdnNBoCZxIgFBAnRzIAFzIgEgASABQQF2c0HQoAFxIgFBAXRzIAFzOwEAIAJBAmohAgwBCwsLAwAAC2kBAX8jAEEQayIEJAAgBCACQRAQyAEgBCADQRh4Qf+B/AdxIANB/4H8B3FBCHhyNgIMIAQgBEEMakEEEJcCIABB3MrAAEEGIAEgBCgCBCIAIAQoAggQjwEgBCgCACAAEKcDIARBEGokAAthAQJ/IwBBEGsiBCQAAkAgACABQQQQugEiAQ0AIARBCGoiBSAAKAIAIgAoAgAQtQMgBRDdAiIBDQAgACgCACACIAMQpgIiAQ0AIARBBDoACCAFEN0CIQELIARBEGokACABC2EBAX8jAEEQayIFJAACQCAAIAEgAhC6ASICDQAgBUEIaiIBIAAoAgAiACgCABCcAyABEN0CIgINACAAKAIAIAMgBBCmAiICDQAgBUEEOgAIIAEQ3QIhAgsgBUEQaiQAIAILYAEDfyMAQRBrIgMkACADQQhqIAJBAUEBEOMBIAMoAgghBSADKAIMIQQgAEEANgIIIAAgBDYCBCAAIAU2AgAgAgRAIAIEQCAEIAEgAvwKAAALIAAgAjYCCAsgA0EQaiQACwMAAAsDAAALAwAACxAAIAAgASACQayFwAAQywMLEAAgACABIAJBjYXAABDLAwtYAQJ/IwBBEGsiBCQAAn8gAEUEQEEAIQAgBEEMagwBCyAEIAI2AgwgACADbCEAIARBCGoLIAA2AgAgBCgCDCIABEAgBCgCCCEFIAEgBRCFAwsgBEEQaiQAC18BBH8gASgCACIDIAEoAggiAksEQCABKAIEIQQCQCACRQRAQQEhBSAEIAMQhQMMAQsgBCADQQEgAhA9IgUNAEEBEPICAAsgASAFNgIECyAAIAI2AgQgACABKAIENgIAC1wBAX8jAEEgayIFJAAgBSABNgIEIAUgADYCACAFIAM2AgwgBSACNgIIIAUgBUEIaq1CgICAgKABhDcDGCAFIAWtQoCAgICwAYQ3AxBBlofAACAFQRBqIAQQjAIAC10BAn8CQCAAQQRrKAIAIgJBeHEiA0EEQQggAkEDcSICGyABak8EQCACQQAgAyABQSdqSxsNASAAEEEPC0HIi8EAQS5B+IvBABD5AgALQYiMwQBBLkG4jMEAEPkCAAtiAgJ/AX4jAEEQayICJAAgAkEIaiAAKAIMIAAoAhAiAyAAKAIUQQFqIgAgAyAAIANJGxBTIAIpAwghBBCbAiIAIAQ3AgwgACABKAIINgIIIAAgASkCADcCACACQRBqJAAgAAtdAQF/IwBBEGsiBCQAIAEEQCAEQQhqIAEgAyACKAIQEQQAIAQoAgwhASAAIAQoAggiAjYCBCAAIAFBACACQQFxGzYCACAEQRBqJAAPCyADEJoDQYTHwABBMhC3AwALagEBfwJAAkACQAJAAkACQCAALQAUQQFrDgMBAgEACyAAQQhqKAIAQf////8HTw0DIAAoAgwNAgsPCyAAQQM6ABQPCyAAIAAoAgBBAWoiATYCACABRQ0BIABBAToAFAALQbDIwAAQsAILAAtbAQN/IwBBEGsiAiQAIAIQgwIDQCADQRBGRQRAIAIgA2oiBCABKQAINwAIIAQgASkAADcAACADQRBqIQMMAQsLIAAgAikACDcACCAAIAIpAAA3AAAgAkEQaiQAC1IBAn8gACgCCCECIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgMQZiABIAAoAgQgACgCCGoQlAEgACACIANqNgIIQQALcAEBfwJAIABBhAhPBEAgANBvJgFB2JjBACgCAA0BIABB6JjBACgCACIBSQ0BIAAgAWsiAEHgmMEAKAIATw0BQdiUwQAoAgAgAEECdGpB5JjBACgCADYCAEHkmMEAIAA2AgBB2JjBAEEANgIACw8LAAtaAQF/IwBBEGsiAiQAIAACfyABKAIAQYCAgIB4RgRAIAEoAgQhAUEBDAELIAJBCGogARCEAiACKAIIIQEgACACKAIMNgIIQQALNgIAIAAgATYCBCACQRBqJAALXAEBfyMAQSBrIgQkACAEIAE2AgQgBCAANgIAIAQgAzYCDCAEIAI2AgggBEERNgIcIARBEjYCFCAEIARBCGo2AhggBCAENgIQQc6EwAAgBEEQahDoASAEQSBqJAALUAECfyAAKAIIIQIgAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiAxBmIAEgACgCBCAAKAIIahCUASAAIAIgA2o2AggLcQICfwFvIwBBEGsiBCQAIAIgAxAGIQYQYSICIAYmASACQcmkwABBBBCCAyEFIAAgARCCAyEAIAIlASAFJQEgACUBEAcaIARBCGoQxgIgBCgCCEEBRgRAIAQoAgwQmgMLIAAQmgMgBRCaAyAEQRBqJAALWwEBfyMAQSBrIgIkACACQcDYwAA2AgwgAiABNgIIIAIgADYCBCACQQ82AhwgAkEQNgIUIAIgAkEIajYCGCACIAJBBGo2AhBB7oTAACACQRBqEOgBIAJBIGokAAtYAQN/IwBB0ABrIgEkAANAIAJBwABGRQRAIAFBQGsQ/gEgASACaiIDIAEpAEg3AAggAyABKQBANwAAIAJBEGohAgwBCwsgACABQcAA/AoAACABQdAAaiQAC1QAAkAgAkUNACADRQRAIAIgARDrAiEBDAELIAIQLyIBRQRAQQAhAQwBCyABQQRrLQAAQQNxRSACRXINACABQQAgAvwLAAsgACACNgIEIAAgATYCAAtOAQF/IwBBIGsiBCQAIAQgAyABEK8BIARBEGogAyACEK8BIAAgBCkDGCIBIAQpAwB8IgI3AwggACAEKQMIIAEgAlatfDcDACAEQSBqJAALbwACQAJAAkACQCAALQDoAUEDaw4CAAEDCyAAKALwARDjAgwBCyAAKAL4ARDjAiAAKAL0ARCaAyAAKALwARCaAwsgACgC5AEQmgMgACgC4AEQmgMgAEGUAWoQrgIgACgCiAEgAEGMAWooAgAQpwMLC1UBAX8CQAJAIAAoAgAgACgCCCIDayACSQRAIAAgAyACEKABIAAoAgghAwwBCyACRQ0BCyACRQ0AIAAoAgQgA2ogASAC/AoAAAsgACACIANqNgIIQQALTgACQCADRQ0AAkAgAiADTQRAIAIgA0cNAQwCCyABIANqLAAAQb9/Sg0BCyABIAIgAyACIAQQngMACyAAIAIgA2s2AgQgACABIANqNgIAC1QBAn8jAEEQayIEJAAgBEEEaiABQQAgAiADEJUBIAQoAgghASAEKAIEQQFGBEAgBCgCDCEFIAEQ8gIACyAAIAQoAgw2AgQgACABNgIAIARBEGokAAtSAQJ/IwBBIGshAQNAIAJBIEZFBEAgASACakEAOgAAIAJBAWohAgwBCwsgACABKQAYNwAYIAAgASkAEDcAECAAIAEpAAg3AAggACABKQAANwAAC0cBA39BASEDA0AgAkEgRkUEQCABIAJqLQAAIAAgAmotAABzIgRBACAEa3LAQQBOEIcDIANxIQMgAkEBaiECDAELCyADEIcDC1EBAX8jAEEgayIDJAAgAyABNgIMIAMgADYCCCADIANBCGqtQoCAgICAAoQ3AxggAyADQQxqrUKAgICAgAKENwMQQZ2DwAAgA0EQaiACEIwCAAtTAQJ/IwBBEGsiAiQAAkAgASgCCCIDIAEoAgRJBEAgAEEAOgAAIAAgASgCACADai0AADoAAQwBCyACQQQ2AgQgACABIAJBBGoQ7wELIAJBEGokAAtCAQF/IwBBEGsiAiQAAkAgAUEBcQRAIAJBBGogACABQQF2ELMBDAELIAJBBGogACABEFkLIAJBBGoQNiACQRBqJAALQgECfyMAQRBrIgIkACAAIAEQogEiAwR/QQEFIAJBCGogARBRIAIoAgwhAyACKAIICzYCACAAIAM2AgQgAkEQaiQAC00BA38gACgCBCIDQRxqIQEgACgCCCECA0AgAgRAIAFBBGsoAgAgASgCABCnAyACQQFrIQIgAUEwaiEBDAELCyAAKAIAIANBCEEwEM4BC0MBA38CQCACRQ0AA0AgAC0AACIEIAEtAAAiBUYEQCAAQQFqIQAgAUEBaiEBIAJBAWsiAg0BDAILCyAEIAVrIQMLIAML4wEBAn8jAEEQayIDJAAgABDJAyEEIAMgAjYCDCADIAQ2AgggAiAERwRAIwBBEGsiASQAIAEgA0EMajYCDCABIANBCGo2AggjAEEwayIAJAAgAEHQtMAANgIEIAAgAUEIajYCACAAQdC0wAA2AgwgACABQQxqNgIIIABBAjYCFCAAQYy2wAA2AhAgACAAQQhqrUKAgICAoAGENwMoIAAgAK1CgICAgKABhDcDICAAIABBEGqtQoCAgICwAYQ3AxhBgYbAACAAQRhqQYDIwAAQjAIACyABIAIgACUBECIgA0EQaiQAC1MCAX8BfiMAQRBrIgMkACADQQhqIAEQggIgAykDCCEEEJsCIgEgBDcCDCAAIAE2AgQgAEECNgIAIAEgAigCCDYCCCABIAIpAgA3AgAgA0EQaiQAC1MCAX8BfiMAQRBrIgMkACADQQhqIAEQggIgAykDCCEEEJsCIgEgBDcCDCAAIAE2AgQgAEEBOwEAIAEgAigCCDYCCCABIAIpAgA3AgAgA0EQaiQAC1MCAX8BfiMAQRBrIgMkACADQQhqIAEQggIgAykDCCEEEJsCIgEgBDcCDCAAIAE2AgQgAEEBOgAAIAEgAigCCDYCCCABIAIpAgA3AgAgA0EQaiQAC0oBAX8CQAJAIAJFBEBBASEDDAELIAIQLyIDRQ0BIAJFDQAgAyABIAL8CgAACyAAIAI2AgggACADNgIEIAAgAjYCAA8LQQEQ8gIAC0ABAn8DQCACQRBGRQRAIAAgAmoiASABLwEAIgEgASABQQJ2c0Gw4ABxIgFBAnRzIAFzOwEAIAJBAmohAgwBCwsLSgECfyMAQRBrIgIkACABKAIAQabKwABBARCXAiACQQQ6AAggAEEDQQEgAkEIahDdAiIDGzoABCAAIAMgASADGzYCACACQRBqJAALVAICfwFvIwBBEGsiAyQAIAElASACJQEQIyEFEGEiASAFJgEgA0EIahDGAiADKAIMIQIgACADKAIIQQFxIgQ2AgAgACACIAEgBBs2AgQgA0EQaiQAC08BAn8gACgCBCECIAAoAgAhAwJAIAAoAggiAC0AAEUNACADQczFwABBBCACKAIMEQAARQ0AQQEPCyAAIAFBCkY6AAAgAyABIAIoAhARAQALRAECfyMAQRBrIQMDQCACQRBGRQRAIAIgA2ogASACai0AADoAACACQQFqIQIMAQsLIAAgAykACDcACCAAIAMpAAA3AAALSAEBfyMAQRBrIgIkACACIAAoAgAiAEEEajYCDCABQZeAwABBCUGggMAAQQsgAEEDQauAwABBCSACQQxqQQQQjgEgAkEQaiQAC0ABAX8jAEFAaiICJAAgAkEIaiACQRhqIAAQfSABIAIoAgggAigCDBCXAiACQQQ6ABAgAkEQahDdAiACQUBrJAALSgIBfwF+IwBBEGsiAiQAIAJBCGogAEEMahCCAiACKQMIIQMQmwIiACADNwIMIAAgASgCCDYCCCAAIAEpAgA3AgAgAkEQaiQAIAALXAACQAJAAkAgAC0AwAIOBAECAgACCyAAEOABIAAoAqwCEJoDIAAoApgCIABBnAJqKAIAEKcDCyAAKAKwAhDmAiAAKAK0AiAAQbgCaigCABCnAyAAKAKoAhCaAwsLOwEBfyMAQRBrIgIkACABQf8BcQR/IABBpMrAAEEBEJcCIAJBBDoACCACQQhqEN0CBUEACyACQRBqJAALRAEDfyAAIAEoAhQiAiABKAIQIgNJBH8gASACQQFqNgIUIAEoAgwgAmotAAAFQQALOgACIABBADoAACAAIAIgA0k6AAELQAEDf0EHIQIDQCACQX9HBEAgAC0AACEDIAAgASACaiIELQAAOgAAIAQgAzoAACAAQQFqIQAgAkEBayECDAELCwtDAQF/IwBBEGsiAiQAIAIgAEEMajYCDCABQYCAwABBDUGNgMAAQQUgAEEBQZKAwABBBSACQQxqQQIQjgEgAkEQaiQACz4BAn8jAEEQayECA0AgAUEQRkUEQCABIAJqQQA6AAAgAUEBaiEBDAELCyAAIAIpAAg3AAggACACKQAANwAACzoBA38DQCACQRBHBEAgACACaiIDKAAAIQQgAyABIAJqIgMoAAA2AAAgAyAENgAAIAJBBGohAgwBCwsLRwIBfwF+IwBBEGsiAiQAIAJBCGogABCCAiACKQMIIQMQmwIiACADNwIMIAAgASgCCDYCCCAAIAEpAgA3AgAgAkEQaiQAIAALOgEBfwJAIAFpQQFHDQAgAUEAIABBgICAgHggAWtNGyICRQ0AIAAEQCAAIAIQ6wIiAUUNAQsgAQ8LAAtCAQF/IwBBEGsiAiQAIAJBCGogASgCACABKAIEIAEoAggQUyACKAIMIQEgACACKAIINgIAIAAgATYCBCACQRBqJAALRAIBfwJ+IwBBIGsiASQAIAFBEGoQ/gEgASABKQAYIgI3AwggASABKQAQIgM3AwAgACACNwAIIAAgAzcAACABQSBqJAALPwEBfyMAQSBrIgIkACACIAEoAgg2AhggAiABKQIANwMQIAJBCGogAkEQahDPASAAIAIpAwg3AwAgAkEgaiQACw0AIAAgASACQQAQzwMLDQAgACABIAJBARDPAwsOACAAIAFB1ZnAABDOAwsOACAAIAFBwZnAABDOAws+AQF/IwBBEGsiBCQAIARBCGpBACACIAFBECADEJUCIAQoAgwhASAAIAQoAgg2AgAgACABNgIEIARBEGokAAs5AQF/IwBBEGsiASQAIAAtAAAEQCABIABBwQBqNgIMIAEgAEEBajYCCCABQQhqEKoCCyABQRBqJAALNgACQCADaUEBRw0AIANBACABQYCAgIB4IANrTRsiA0UNACAAIAEgAyACED0iAEUNACAADwsAC9wBAgF/AX4jAEEgayIDJAAgAyABNgIQIAMgADYCDCADQQE7ARwgAyACNgIYIAMgA0EMajYCFCMAQRBrIgEkACADQRRqIgApAgAhBCABIAA2AgwgASAENwIEIwBBEGsiACQAIAFBBGoiASgCACICKAIEIgNBAXEEQCACKAIAIQIgACADQQF2NgIEIAAgAjYCACABKAIIIgEtAAghAiABLQAJGiAAQcYAIAIQvwEACyAAQYCAgIB4NgIAIAAgATYCDCABKAIIIgEtAAghAiABLQAJGiAAQccAIAIQvwEAC14BAX8CQAJAAkACQEG8lMEAKAIAQQFrDgICAQALQbyUwQBBAjYCAEHAlMEAQcCUwQAoAgARCAAiADYCAEG8lMEAQQE2AgAMAgsQrwMAC0HAlMEAKAIAIQALIAAQywIL7wEBAn8gASgCCCICQYCAgBBxRQRAIAAtAAAhACACQYCAgCBxRQRAIAAgARCTAQ8LIwBBEGsiAyQAQQMhAgNAIAIgA2pBDGogAEEPcUHSxcAAai0AADoAACACQQFrIQIgAEEEdkEPcSIADQALIAFBAUHQxcAAQQIgAiADakENakEDIAJrEEggA0EQaiQADwsgAC0AACECIwBBEGsiAyQAQQMhAANAIAAgA2pBDGogAkEPcUHP5cAAai0AADoAACAAQQFrIQAgAkEEdiICDQALIAFBAUHQxcAAQQIgACADakENakEDIABrEEggA0EQaiQACz8BAX8CQCAABEAgAEEIayIAKAIAIQIgABDkAiABRSACQQFHcQ0BDwtByIzBAEEbELcDAAtB2JvAAEE/ELcDAAs7AQF/IAAtABQhASAAQQE6ABQCQCABRQRAIABBCGsiACAAKAIAQQFqIgE2AgAgAUUNASAAEMYDCw8LAAsyAQF/IAAgAhBmIAAoAgghAyACBEAgACgCBCADaiABIAL8CgAACyAAIAIgA2o2AghBAAs4AQF/IwBBEGsiAyQAIAMgASgCADYCDCADIANBDGoiASACEIUCIAEQhAMgAEEANgIAIANBEGokAAs4AQF/IwBBEGsiAyQAIAMgASgCADYCDCADIANBDGoiASACEIYCIAEQhAMgAEEANgIAIANBEGokAAs2AQJ/IwBBQGohAgNAIAFBwABGRQRAIAEgAmpBADoAACABQQFqIQEMAQsLIAAgAkHAAPwKAAALMQAgASACSyACIARLckUEQCAAIAIgAWs2AgQgACABIANqNgIADwsgASACIAQgBRBlAAs5ACACIANJBEBBjdzAAEETIAQQjAIACyAAIAM2AgQgACABNgIAIAAgAiADazYCDCAAIAEgA2o2AggLMAEBfyAAIAIQZiAAKAIIIQMgAgRAIAAoAgQgA2ogASAC/AoAAAsgACACIANqNgIICzoCAX8BfiMAQRBrIgEkACABQQhqQYABQQFBARDjASABKQMIIQIgAEEANgIIIAAgAjcCACABQRBqJAALOAACQCACQYCAxABGDQAgACACIAEoAhARAQBFDQBBAQ8LIANFBEBBAA8LIAAgAyAEIAEoAgwRAAALNwEBfyMAQRBrIgMkACADIAEoAgAiATYCDCADIANBDGogAhBeIAEQ5wIgAEEANgIAIANBEGokAAsxAQJ/IwBBEGsiACQAIABBCGpBBEEUEPcCIAAoAggiAUUEQBC0AwALIABBEGokACABCzIBAn8DQCACQcAARkUEQCAAIAJqIgMgAykDACABIAJqKQMAhTcDACACQQhqIQIMAQsLCzEBAn8DQCACQRBGRQRAIAAgAmoiAyADLwEAIAEgAmovAQBzOwEAIAJBAmohAgwBCwsLKQEBfiAAQgJaBH4gAEJ/IAB5Qj+FIgF5IAF8hiIBQn+FfCABgwUgAAsLNgAgACAALwEAQX9zOwEAIAAgAC8BAkF/czsBAiAAIAAvAQpBf3M7AQogACAALwEMQX9zOwEMCzYBAn8gASgCCCEDIAEoAgQhAiABKAIAQQFHBEAgAiADEIUDQQAhAgsgACADNgIEIAAgAjYCAAsDAAALMwEBfyMAQRBrIgIkACACIAEQ9QEgAiACQQhyEPwBIAAgAikDACACKQMIEDQgAkEQaiQACzUBAn8CQCAARQ0AIAEoAgAiAgRAIAAgAhECAAsgASgCBCICRQ0AIAEoAgghAyAAIAIQhQMLC+gzAhJ/A34jAEEQayIPJAAjAEHABWsiBiQAIAZByABqIAAgARCiAyAGQQA2AlAgBiAGKAJMIgs2AlggBiAGKAJIIg02AlQgBkFAayACIAMQogMgBkEANgJcIAYgBigCRCIVNgJkIAYgBigCQCIMNgJgAkAgBARAIAZBOGogBCAFEKIDIAYoAjghAwJAIAYoAjwiAkGAgICAeEYEQCAGQYCAgIB4NgJwIAYgAzYCbCAGQYGAgIB4NgJoDAELIAYgAjYCcCAGIAM2AmwgBiACNgJoIAJBgYCAgHhHDQILIAZBMGohAiAGQegAaiIAKAIIIQEgACgCBCEDAkACQAJAIAAoAgAiAEGAgICAeGsOAgECAAsgACADEKcDC0EAIQMLIAIgATYCBCACIAM2AgAgBigCMCEDIAYoAjQhAiAGQShqIAZB3ABqEKACIAYoAighASAGKAIsIQAgBkEgaiAGQdAAahCgAiAGKAIgIgUgASAFGyIEIAMgBBsiAUEBIAEbIAYoAiQgACAFGyACIAQbQQAgARsQtwMAC0GAgICAeCECIAZBgICAgHg2AmgLAkAgBgJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgC0GIsokiTQRAIAZBkAJqIA0gCxBAIAZBnAJqIQEgBikClAIhGCAGKAKQAiIAQYCAgIB4RgRAIAYgGDcCxAMgBiABKQIANwLMAyAGIAEoAgg2AtQDDA4LIAYgASkCCCIZNwOABSAGIAEpAgAiGjcD+AQgBiAaNwPQBCAGIBk3A9gEIAYoAqwCIQcgBiAYNwKkAyAGIAA2AqADAkACQAJAAkACQAJAIAdBBGoiCSALSwRAQSYhCEH6zsAAIQAMAQsgByALTw0FIAdBAWoiBSALTw0EIAdBAmoiBCALTw0DIAdBA2oiASALTw0CQTAhCEHKzsAAIQAgByANai0AACAFIA1qLQAAQQh0ciAEIA1qLQAAQRB0ciABIA1qLQAAQRh0ciIBQf+B/AdxQQh4IAFBGHhB/4H8B3FyIgRByKGIAksNACAGQZACaiIBIAStEL0BIAYoApACBEAgAUEEchDUAgwBCyALIAQgCWoiAEEgakYNAUHOACEIQfzNwAAhAAsgBiAINgLMAyAGIAA2AsgDIAZBAzoAxAMgBkGgA2oQ8QIMEgsgBkGcAmogCSANaiAEEMgBIAZCADcDkAUgBkIANwOIBSAGQgA3A4AFIAZCADcD+AQgBkEYaiAAIA0gC0HczcAAEKkCIAZB+ARqQSAgBigCGCAGKAIcQezNwAAQugIgBiAGKAKoAzYCmAIgBiAGKQKgAzcDkAIgBiAGKQP4BDcCxAIgBiAGKQOABTcCzAIgBiAGKQOIBTcC1AIgBiAGKQOQBTcC3AIgBkGoAmogDSALEMgBIAYgBikD2AQ3ArwCIAYgBikD0AQ3ArQCIAZBwANqIgUgBkGQAmoiBEHUAPwKAAAgBiAANgKUBCAGQcQDaiAGKALAAyIBQYCAgIB4Rg0SGiAGKALEAyEAIAZB/ABqIAZByANqQdAA/AoAACAGIAA2AnggBiABNgJ0AkAgAkGAgICAeEcEQCAGIAYpAqABNwPIAyAGIAYpApgBNwPAAyAEIAUQmQEgBigClAIhACACIAYoApgCRw0BIAMgACACEOsBDQEgBigCkAIgABCnAyACIAMQpwMLIBVBIEcEQCAGQQo2AtADIAZB/NfAADYCzAMgBiAVNgLIAyAGQoSAgICABDcCwANBn6PAAEEHQdGjwABBLhDbASEHIAZBwANqENQCDBELIAYgDC0AAjoAzgEgBiAMLwAAOwHMASAGIAwoAAM2AM8BIAYgDCgABzYA0wEgBiAMKAALNgDXASAMKAAPIQAgBiAMKAATNgDfASAGIAA2ANsBIAYgDC0AHzoA6wEgBiAMKQAXNwDjASAGKALIASIDIAYoApQBIgBNBEAgBigCkAEhCCAGQgA3A9gDIAZCADcD0AMgBkIANwPIAyAGQgA3A8ADIAZBzAFqQdzPwABBASAGQcADaiIAQSAQPyAGIAYpA9gDNwO4AyAGIAYpA9ADNwOwAyAGIAYpA8gDNwOoAyAGIAYpA8ADNwOgAyAAEJQCIAYgBikDuAM3A9gDIAYgBikDsAM3A9ADIAYgBikDqAM3A8gDIAYgBikDoAM3A8ADIAZBkAJqIABBwAD8CgAAQQAhAgNAIAJBwABHBEAgBkGQAmogAmoiACAALQAAQTZzOgAAIAJBAWohAgwBCwsgBkIANwPwBEEAIQIgBkHY4MAAKQMANwPoBCAGQdDgwAApAwA3A+AEIAZByODAACkDADcD2AQgBkHA4MAAKQMANwPQBCAGQdAEaiAGQZACakEBEO0CA0AgAkHAAEcEQCAGQZACaiACaiIAIAAtAABB6gBzOgAAIAJBAWohAgwBCwsgBkIANwOYBSAGQdjgwAApAwA3A5AFIAZB0ODAACkDADcDiAUgBkHI4MAAKQMANwOABSAGQcDgwAApAwA3A/gEIAZB+ARqIgAgBkGQAmoiAkEBEO0CIAZB6ANqIABBKPwKAAAgBkHAA2oiASAGQdAEakEo/AoAACAGQdACaiIAIAFB0AD8CgAAIAZBADoAzwIgBkGgA2oQrgICQCADQT9NBEAgAwRAIAIgCCAD/AoAAAsgBiADOgDPAgwBCyAAIAggA0EGdhDtAiAGIANBP3EiADoAzwIgAEUNACAGQZACaiAIIANBwP///wdxaiAA/AoAAAsgBkHAA2oiBCAGQZACakGQAfwKAAAgBkHQBGoiABDkASAGQfgEaiIBEOQBIAZBgARqIAQgARBfIAZBIDoA/wMgBiAGKQCQBTcD2AMgBiAGKQCIBTcD0AMgBiAGKQCABTcDyAMgBiAGKQD4BDcDwAMgBkGoBGogBCAAEF9BACECIAFBAEHAAPwLACAEIAFBwAD8CgAAIAYgBikA0AQ3A6ADIAYgBikA2AQ3A6gDIAYgBikA4AQ3A7ADIAYgBikA6AQ3A7gDA0AgAkEgRwRAIAZBwANqIAJqIAZBoANqIAJqLQAAOgAAIAJBAWohAgwBCwsgBiAGKQDYAzcDiAIgBiAGKQDQAzcDgAIgBiAGKQDIAzcD+AEgBiAGKQDAAzcD8AEgBiAGQcADaiIANgLEAyAGIAZBoANqNgLAAyAAEKoCIAZB8AFqIAZBqAFqEOUBQf8BcUUEQEEAIQIMDwsgBkH4BGpBlM3AAEEIIAZBmAFqIhZBAUEAEI8BIAYoAoAFIQEgBigC/AQhBCAGQZACaiIAIAYoAoQBIAYoAogBEMgBIAZBwANqIAZBzAFqIAQgASAAEDEgBi0AwAMiAkELRwRAIAYgBi0AwwM6AO4BIAYgBi8AwQM7AewBIAYoAsQDIQMgBigCyAMhCCAGKQLMAyEYIAYoApACIAYoApQCEKcDIAYoAvgEIAQQpwMMDwsgBiAGKAKYAiIFNgKoAyAGIAYoApQCIgE2AqQDIAYgBigCkAI2AqADIAYoAvgEIAQQpwNBAyECIAVBBEkEQEHq08AAIQNBMCEIDA4LQb/TwAAhA0ErIQggASgAACIAQf+B/AdxQQh4IABBGHhB/4H8B3FyIgRBgICAAksgBCAFQQRrS3INDUGU08AAIQMgBEEEaiIArRCeAiAFrVINDSAGQRBqIAAgASAFQYTTwAAQqQIgBigCFCEHIAYoAhAhAANAIAcEQCAHQQFrIQcgAC0AACEJIABBAWohACAJRQ0BDA8LCyAGQQA2AtQDIAYgBDYC0AMgBiABQQRqNgLMAyAGQYABOgDYAyAGQQA2AsgDIAZCgICAgBA3AsADIAZB+ARqIAZBwANqEKcBIAYtAPgEQQFGBEAgBigC/AQhAAwMCwJAAkACQCAGLQD5BEEBRgRAIAYtAPoEIgBB2wBGDQEgAEH7AEYNAkGAgICAeCEBIAZBwANqIgAgBkG/BWpB8OHAABBJIAAQ2AIhAAwQCyAGQQU2ApACIAZBwANqIAZBkAJqENIBIQAMDgsgBiAGLQDYA0EBayIAOgDYAwJAIABB/wFxBEAgBiAGKALUA0EBajYC1AMgBkEBOgD8BCAGIAZBwANqNgL4BCAGQZACaiAGQfgEahCpASAGKAKUAiEAQYCAgIB4IQICQAJ/AkACQAJAIAYoApACDgMBAAQACyAGQZACaiIBIAZB+ARqEFsCQCAGLQCQAkEBRwRAIAYtAJECQQFHDQMgASAGKAL4BBAyIAYoApACIgJBgICAgHhHDQELIAYoApQCDAMLIAYoApgCIQggACEDIAYoApQCIQAMAwtBAEG02cAAENwBDAELQQFBtNnAABDcAQshAEGAgICAeCECCyAGIAYtANgDQQFqOgDYAyAGIAZBwANqEHIiATYCoAIgBiADNgKcAiAGIAg2ApgCIAYgADYClAIgBiACNgKQAiACQYCAgIB4Rw0BQYCAgIB4IQIgAQ0DDA4LIAZBGDYCkAIgBkHAA2ogBkGQAmoQ0gEhAAwOCyABRQ0LIAZBkAJqEPMCQYCAgIB4IQIgASEADAwLIAYgBi0A2ANBAWsiADoA2AMgAEH/AXFFDQkgBiAGKALUA0EBajYC1AMgBkEBOgDUBCAGIAZBwANqNgLQBCAGQYCAgIB4NgL4BEGAgICAeCEBQQAhB0EAIQgCQANAAkAgBkGQAmogBkHQBGoQVAJAAkACQAJAAkACQAJAAkACfyAGLQCQAkEBRgRAIAYoApQCDAELIAYtAJECQQFHDQMgBigC0AQiAEEANgIIIAAgACgCFEEBajYCFCAGQZACaiAAQQxqIAAQOyAGKAKUAiICIAYoApACQQJGDQAaIAIgBigCmAIiAEGs0sAAQQcQ2QINASACIABBs9LAAEEHENkCDQIgAiAAQbzSwABBAhDZAQshACAGIAk2AoAFIAYgBDYC/AQgBiABNgL4BAwFCyAHDQMgBkEIaiAGKALQBBDpASAGKAIMIQMgBigCCEEBcQ0CQQEhB0EBIQgMCAsgAUGAgICAeEYNBSAGIAk2AoAFIAYgBDYC/AQgBiABNgL4BEGz0sAAQQcQhwIhAAwECyAGIAk2AoAFIAYgBDYC/AQgBiABNgL4BCAIQQFxRQRAQazSwABBBxCIAiEADAMLIAQhACABIgJBgICAgHhHDQdBs9LAAEEHEIgCIQBBgICAgHghAgwHCyAGIAk2AoAFIAYgBDYC/AQgBiABNgL4BCADIQAMAQsgBiAJNgKABSAGIAQ2AvwEIAYgATYC+ARBrNLAAEEHEIcCIQALQYCAgIB4IQIgAUGAgICAeEYNBAsgBkH4BGoQ8wIMAQsCQCAGKALQBCICEKIBIgBFBEAgBkGQAmogAhAyIAYoApQCIQAgBigCkAIiAkGAgICAeEcNAQsgBiAENgL8BCAGIAE2AvgEDAELIAYoApgCIQkgACEEIAIhAQwBCwtBgICAgHghAgsgBiAGLQDYA0EBajoA2AMgBiAGQcADahCQASIBNgKgAiAGIAM2ApwCIAYgCTYCmAIgBiAANgKUAiAGIAI2ApACIAJBgICAgHhHBEAgAUUNCyAGQZACahDzAkGAgICAeCECIAEhAAwMCyABRQ0IIAEQtwEMCAsgARC3AQwKC0EAIAMgAEGEzcAAEGUACyAGKAKQAiAAEKcDQZ+jwABBB0Gmo8AAQSsQ2wEhByACIAMQpwMMDwsgASALQczNwAAQ5gEACyAEIAtBvM3AABDmAQALIAUgC0GszcAAEOYBAAsgByALQZzNwAAQ5gEACyAGQSQ2AswDIAZBoM/AADYCyAMgBkEIOgDEAwwMC0GAgICAeCECDAILIAZBGDYCkAIgBkHAA2ogBkGQAmoQ0gEhAAwCCyAGKQKYAiEZC0GAgICAeCEBIAJBgICAgHhGBEAgACAGQcADahDYAiEADAILIAYgGTcCmAIgBiAANgKUAiAGIAI2ApACIAZB0ARqIAZBwANqEKcBAkACfyAGLQDQBEEBRgRAIAYoAtQEDAELIAYtANEEQQFHDQEgBkEWNgL4BCAGQcADaiAGQfgEahDSAQshACAGQZACahDzAgwCCyACIQEMAQtBgICAgHghAQsgBigCwAMgBigCxAMQpwMgAUGAgICAeEYEQCAAELcBQQMhAkGa1MAAIQNBMiEIDAELIAYgADYC/AQgBiABNgL4BCAGIBk3AoAFAkACQCAZQoCAgIBwg0KAgICAEFIEQEEDIQJBGSEIQeDXwAAhAwwBCyAZpyICQaCNBksEQEEIIQJBGCEIQcjXwAAhAwwBCwJAAkACQCAGAn5B+JTBAC0AAARAQfCUwQApAwAhGkHolMEAKQMADAELIAZBADoAwANBARAvIgRFDQEgBEEBENEBQfCUwQAgBK0iGjcDAEH4lMEAQQE6AAAgBkHAA2qtCyIYNwOgAkHolMEAIBhCAXw3AwAgBiAaNwOoAiAGQfjawAApAwA3A5ACIAZBgNvAACkDADcDmAIgACACQegAbGohFyAAIQUDQCAXIAUiCkYEQEELIQIMBAtBAyECIAooAlgiEEGBCGtBgHhJBEBBLSEIQZvXwAAhAwwECyAKKAJUIQQgBkEvNgLAA0HnACEIQbTWwAAhAyAEIBAgBkHAA2pBARDaAg0DIApB6ABqIQUgBCAQaiESIAQhBwNAAkAgByASRg0AAn8gBywAACITQQBOBEAgE0H/AXEhCSAHQQFqDAELIActAAFBP3EhDiATQR9xIQkgE0FfTQRAIAlBBnQgDnIhCSAHQQJqDAELIActAAJBP3EgDkEGdHIhDiATQXBJBEAgDiAJQQx0ciEJIAdBA2oMAQsgCUESdEGAgPAAcSAHLQADQT9xIA5BBnRyciIJQYCAxABGDQEgB0EEagshByAJQdwARiAJQSBJcg0FIAlB/wBrQSFPDQEMBQsLIAYgEDYC0AMgBkEANgLMAyAGIBA2AsgDIAYgBDYCxAMgBkEBOgDYAyAGQS82AsADIAZBATsB5AMgBiAQNgLgAyAGQQA2AtwDIAZBLzYC1AMDQAJAIAYtAOUDDQAgBigCxAMhBCAGQdAEaiAGQcADahB3An8gBigC0ARBAUYEQCAGKALcAyEHIAYgBigC2AQ2AtwDIAQgB2ohCSAGKALUBCAHawwBCyAGLQDlAw0BIAZBAToA5QMCQCAGLQDkA0EBRgRAIAYoAuADIQQgBigC3AMhBwwBCyAGKALgAyIEIAYoAtwDIgdGDQILIAYoAsQDIAdqIQkgBCAHawsiBEUNBSAJIARB+dfAAEEBENkCDQUgCSAEQfrXwABBAhDZAkUNAQwFCwsgCigCWCEOIAooAlQhEgJAIBRFDQAgFCARIBIgDhCnAsBBAEgNAEEwIQhBhNbAACEDDAQLIAZBwANqIApBEGogBkGQAmoQRiAGLQDAAyIEQQtHBEAgBiAGLQDDAzoAvgUgBiAGLwDBAzsBvAUgBigCxAMhAyAGKALIAyEIIAYpAswDIRggBCECDAQLQcIAIQhBwtXAACEDIAooAgAiByAKKAIIIgRHDQMgBwRAIAooAgRFDQQLIAQEQCAKKAIMRQ0ECyAKKAJkIgRBEEsEQEEiIQhBoNXAACEDDAMLIARBMGwhCSAKKAJgIQdBACEEA0ACQCAJBEBBNyEIQenUwAAhAyAEIAcoAigiBE8NBiAHKAIsRQ0GIAZBwANqIAcgBkGQAmoQRiAGLQDAAyIRQQtGDQEgBiAGLQDDAzoAvgUgBiAGLwDBAzsBvAUgBigCxAMhAyAGKALIAyEIIAYpAswDIRggESECDAYLIBIhFCAOIREgCigCOEGAgICAeEYNAiAGQcADaiAKKAI8IAooAkAQeSAGLQDAAyICQQtHBEAgBiAGLQDDAzoAvgUgBiAGLwDBAzsBvAUgBigCxAMhAyAGKALIAyEIIAYpAswDIRgMBgsgCigCTEHYKk0NAkEdIQhBzNTAACEDDAQLIAdBMGohByAJQTBrIQkMAAsACwALELQDAAtBCCECCyAGKAKQAiEEIAYoApQCIQUjAEEQayIHJAAgBQRAIAdBBGpBEEEIIAVBAWoQowEgBygCBBogBCAHKAIMayAHKAIIEIUDCyAHQRBqJAAgAkELRg0BCyAGIAYtAL4FOgDuASAGIAYvAbwFOwHsASAGQfgEahDzAgwBCyAZIRggACEIIAEhA0ELIQILIAZBoANqEIQBIAYoAqADIAYoAqQDEKcDIAJBC0YNAQsgBiACOgDAAyAGIAYvAewBOwDBAyAGIAYtAO4BOgDDAyAGIBg3AswDIAYgCDYCyAMgBiADNgLEAyAGQcADaiIAEJ0BIQcgABDUAgwBCyADQYCAgIB4Rw0CIAghBwsgBkHMAWoQrgILIAZB9ABqEOUCQQEhCAwDC0EEQcgAEOoCIgcgGDcCECAHIAg2AgwgByADNgIIIAdCgYCAgBA3AgAgByAGKQHMATcAGCAHIAYpAdQBNwAgIAcgBikB3AE3ACggByAGKQHkATcAMCAHIBYpAgA3AjggByAWKQIINwJAIAZB9ABqEOUCQQAhCAwCCyAGQcQDagsiACgCEDYCoAIgBiAAKQIINwOYAiAGIAApAgA3A5ACIAZBkAJqIgAQnQEhByAAENQCQQEhCCACQYCAgIB4Rg0AIAIgAxCnAwsgDCAVEIUDIA0gCxCFA0EBIQIgCEUEQEEEQRAQ6gIiACAHNgIMIABBADYCCCAAQoGAgIAQNwIAIABBCGohB0EAIQILIA8gAjYCCCAPIAdBACACGzYCBCAPQQAgByACGzYCACAGQcAFaiQAIA8oAgAgDygCBCAPKAIIIA9BEGokAAv7CQIPfwJ+IwBBEGsiByQAIwBBkAFrIgQkACAEQTBqIAAQqAEgBEEYaiABIAIQogMgBEEANgI8IAQgBCgCHCIMNgJEIAQgBCgCGCINNgJAAkACfwJAIAQoAjAiAARAIAQoAjghDiAEKAI0IQ8gBEEQaiAAKAIAIgBBDGooAgAgAEEQaigCACANIAwQdCAEKAIUIQYgBCgCEEEBRgRAIARBgICAgHg2AiQgBCAGNgIoDAQLIAYoAgQhAiAGKAIAIQogA0UNASAGKAJkQTBsIQEgBigCYEEoaiEAIAogAiADTXEDQCAAIQUgAUUNAiABQTBrIQEgAEEwaiEAIAUoAgAiCCADSQ0ACw0BQQEhCiAIIQJBASEDIAVBKGsiAUEsagwCCyAEQQhqIARBPGoQoAIgBCgCCCEBIAQoAgwhAiAEIARBMGoQqAIgBCgCACIAIAEgABsiAUEBIAEbIAQoAgQgAiAAG0EAIAEbELcDAAsgBkEQaiEBIAYoAgghA0EAIQggBkEMagsoAgAhCyAEIAEpAAg3A3AgBCABKQAANwNoIARByABqIgUgBEHoAGoiABCZASABKAIgIRAgASgCHCERIAEpAxAhFCAEKAJIIAQoAkwhBiAEKAJQIQkgBRCYAiAEIAU2AlQgACAEQdQAahDyASAEKAJoIQECQAJAAkAgBC0AbCIFQQNGDQAgBCAFOgBcIAQgATYCWCAEQdgAaiIFQczSwABBAiAGIAkQxwEiAQ0AIAVBpKLAAEEHELoBIgENACAAIAQoAlgiCSgCABCcAyAAEN0CIgENACAIIAkoAgAQ9wEiAQ0AIARBBDoAaCAAEN0CIgENACAFQc7SwABBAxC6ASIBDQAgACAEKAJYIggoAgAQnAMgABDdAiIBDQBBFCEBIBQhEwNAIBNC5wdYBEAgE0IKWgRAIAFBAmsiASAEQegAamogE6ciAEH7KGxBE3YiBUGc////B2wgAGpBAXQvAciSQTsAACAFrSETCyAUUEUgE1BxRQRAIAFBAWsiASAEQegAamogE6dBMHI6AAALIAgoAgAgBEHoAGoiACABakEUIAFrEJcCIARBBDoAYCAEQeAAahDdAiIBDQIgBEEEOgBoIAAQ3QIiAQ0CIARB2ABqIgBB0dLAACARIBAQxgEiAQ0CIABBxtHAAEEFIAogAhCfASIBDQIgAEHL0cAAQQYgAyALEJ8BIgENAiAEKAJYKAIAIAQtAFwQ+gEiAQ0CIAQoAkwhASAEKAJIIgBBgICAgHhGDQMgBCAEKAJQNgIsIAQgATYCKCAEIAA2AiQMBAUgBEHoAGogAWoiAEEEayATIBNCkM4AgCITQpDOAH59pyIFQfsobEETdiIJQQF0LwHIkkE7AAAgAEECayAJQZz///8HbCAFakEBdC8ByJJBOwAAIAFBBGshAQwBCwALAAsgBCgCSCAEKAJMEKcDC0HencAAQQlBkqTAAEEUENsBIQAgARC4ASAEQYCAgIB4NgIkIAQgADYCKAsgBhCnAwsgDSAMEIUDIA8gDhCGAyAEQegAaiAEQSRqENgBIAQoAmwhASAHAn8gBCgCaARAQQAhAEEAIQNBAQwBCyAEKAJwIQMgASEAQQAhAUEACzYCDCAHIAE2AgggByADNgIEIAcgADYCACAEQZABaiQAIAcoAgAgBygCBCAHKAIIIAcoAgwgB0EQaiQAC7kCAQh/IwBBEGsiBiQAIAZBCGohBSMAQRBrIgMkACAAQaXKwABBARCXAgJAA0BBACEEAkADQCACIARGBEAgAgRAIAAgASACEJcCCyAAQaXKwABBARCXAiAFQQQ6AAAgA0EQaiQADAQLIAMgASACIARBhMrAABCWAiADKAIMIglFDQEgBEEBaiEEIAMoAggiCi0AACIHLQDP40AiCEUNAAsgAygCBCIBBEAgACADKAIAIAEQlwILIAlBAWshAiAKQQFqIQEgCEH1AEYEQCADQdzqwYEDNgAAIAMgB0EPcS0Az+VAOgAFIAMgB0EEdi0Az+VAOgAEIAAgA0EGEJcCDAILIAMgCDoAASADQdwAOgAAIAAgA0ECEJcCDAELCyAFQQQ6AABBlMrAABCuAwALIAUQ3QIgBkEQaiQACygAIAAgAiABIAMgASADSRsQ6wEiACABIANrIAAbIgBBAEogAEEASGsLMwECfyABKAIIIQMgASgCBCECIAEoAgAEQCACIAMQhgNBACECCyAAIAM2AgQgACACNgIACyoAIAEgA00EQCAAIAMgAWs2AgQgACABIAJqNgIADwsgASADIAMgBBBlAAszAQJ/IAAoAgAhASAAKAIEIQIDQCABIAJGRQRAIAFBADoAACAAIAFBAWoiATYCAAwBCwsLLwECfyMAQRBrIgAkACAAQQhqEH4gACgCCCIBIAAoAgwQowMgAEEQaiQAIAFBAEcLLwECfiAAIAApA0AiAyACrXwiBDcDQCAAIAApA0ggAyAEVq18NwNIIAAgASACECwLkgwBEn8jAEEQayIIJAAjAEGwAWsiAyQAIANB0ABqIAAQqAEgA0E4aiABIAIQogMgA0EANgJcIAMgAygCPCIONgJkIAMgAygCOCIPNgJgAkACQCADKAJQIgAEQCADKAJYIRAgAygCVCADQTBqIAAoAgAiAEEMaigCACAAQRBqKAIAIA8gDhB0IAMoAjQhBgJAIAMoAjBBAUYEQCADQYCAgIB4NgJEIAMgBjYCSAwBCyAGKAJgIQogBigCOCESIAYoAgwhEyAGKAIIIRQgBigCBCEJIAYoAgAhCyAGKAJYIQwgBigCVCENIANBKGogBigCZCIFQQRBBBDjASADQQA2AogBIAMgAygCLCIBNgKEASADIAMoAigiAjYCgAECQAJAIAIgBUkEQCADQSBqIANBgAFqQQAgBUEEQQQQXCADKAIgIgBBgYCAgHhHDQUgAygChAEhASADKAKIASEHDAELIAVFDQELIAUgB2ogCkEoaiECIAEgB0ECdGohBANAIAQgAigCADYCACACQTBqIQIgBEEEaiEEIAVBAWsiBQ0ACyADKAKAASECIQcLIANB6ABqIgAQmAIgAyAANgJ0IANBgAFqIgogA0H0AGoQ8gEgAygCgAEhBAJAAkACQAJAAkAgAy0AhAEiAEEDRg0AIAMgADoAfCADIAQ2AnggA0H4AGoiAEHC0cAAIA0gDBDGASIEDQAgAEHG0cAAQQUgCyAJEJ8BIgQNACAAQcvRwABBBiAUIBMQnwEiBA0AIABB2dHAAEELELoBIgQNACAKIAMoAngiBSgCABC1AyAKEN0CIgQNAAJAIBJBgICAgHhHBEAgBSgCAEGmysAAQQEQlwIgA0EEOgCAASAKEN0CIgAgBSAAGyEEIAANASADQQE6AKwBIAMgBDYCqAEgA0GoAWoiAEHR0sAAQQQgBigCPCAGKAJAEMcBIgQNASAAQfDSwABBBCAGKAJIIAYoAkwQxwEiBA0BIAMtAKwBRQRAQQAhBAwCCyADKAKoASgCAEGkysAAQQEQlwIgA0EEOgCAASADQYABahDdAiEEDAELIAUoAgBBuPnAAEEEEJcCIANBBDoAgAEgA0GAAWoQ3QIhBAsgBA0AIANBBDoAgAEgA0GAAWoiABDdAiIEDQAgA0H4AGpB0dHAAEEIELoBIgQNACAAIAMoAngiCSgCABC1AyAAEN0CIgQNACAJKAIAIgtBjrbAAEEBEJcCIANBBDoAgAEgABDdAiIEDQAgB0UEQCAAIAkoAgAQtgMgABDdAiIEDQELIAdBAEchDCAHQQJ0IQUgB0UhByABIQADQCAFBEAgDEUEQCALQafKwABBARCXAgsgA0EEOgCAASADQYABaiINEN0CIgQNAiADQRhqIA0gACgCABB9IAsgAygCGCADKAIcEJcCIANBBDoAqAEgA0GoAWoQ3QIiBA0CIABBBGohACADQQQ6AIABIAVBBGshBUEAIQdBACEMIA0Q3QIiBEUNAQwCCwsgB0EBcUUEQCADQYABaiIAIAkoAgAQtgMgABDdAiIEDQELIANBBDoAgAEgA0GAAWoQ3QIiBA0AIAkoAgAgAy0AfBD6ASIERQ0BCyADKAJoIAMoAmwQpwMMAQsgAygCbCEEIAMoAmgiAEGAgICAeEcNAQtB3p3AAEEJQf+jwABBExDbASEAIAQQuAEgA0GAgICAeDYCRCADIAA2AkgMAQsgAyADKAJwNgJMIAMgBDYCSCADIAA2AkQLIAIgAUEEQQQQzgELIA8gDhCFAyAQEIYDIANBgAFqIANBxABqENgBIAMoAoQBIQIgCAJ/IAMoAoABBEBBACEFQQAhAEEBDAELIAMoAogBIQAgAiEFQQAhAkEACzYCDCAIIAI2AgggCCAANgIEIAggBTYCACADQbABaiQADAILIANBEGogA0HcAGoQoAIgAygCECEBIAMoAhQhACADQQhqIANB0ABqEKgCIAMoAggiAiABIAIbIgFBASABGyADKAIMIAAgAhtBACABGxC3AwALIAMoAiQaIAAQ8gIACyAIKAIAIAgoAgQgCCgCCCAIKAIMIAhBEGokAAstAQF/IwBBEGsiASQAIAEgADYCCCABIABBIGo2AgwgAUEIahCqAiABQRBqJAALDgAgAEKAgICA4AEQzAMLDgAgAEKAgICA0AIQzAMLMAEBfyAAKAIIIgIgACgCAEYEQCAAEMABCyAAIAJBAWo2AgggACgCBCACaiABOgAACykAIAFBAnQhAQNAIAEEQCAAKAIAENcBIAFBBGshASAAQQRqIQAMAQsLC5MbAg5/AX4jAEEQayILJAAjAEGQAWsiAiQAIAJBGGogACABEKIDIAJBOGogAigCGCIOIAIoAhwiDxBAAkACQAJAAkACQCACKAI4IgBBgICAgHhGBEAgAiACQTxqIgEoAhA2AmggAiABKQIINwNgIAIgASkCADcDWCACQdgAahCdASEAIAEQ1AIgAiAANgIkIAJBgICAgHg2AiAMAQsgAiACKQJENwNYIAIgAikCTDcDYCACKAJUIQggAiACKQI8NwIwIAIgADYCLAJAAkACQCAIIA9NBEAgAkE4aiAIQQNuIgFBAnQiAEEEaiAAIAggAUEDbGsiCRsiB0EBQQFBARCVASACKAI8IQwgAigCOEEBRg0BIAIoAkAhASAIQRtJDQMgCEEaayIAQQAgACAITRshCkEAIQACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQANAIAVBGmoiBiAISw0iIAJBEGogACAAQSBqIgYgASAHQcCqwAAQlQIgAigCFCIDBEAgAigCECIEIAUgDmoiDSkAACIQQjiGIBBCgP4Dg0IohoQgEEKAgPwHg0IYhiAQQoCAgPgPg0IIhoSEIBBCCIhCgICA+A+DIBBCGIhCgID8B4OEIBBCKIhCgP4DgyAQQjiIhISEIhBCOoinLQD7nUA6AAAgA0EBRg0CIAQgEEI0iKdBP3EtAPudQDoAASADQQJNDQMgBCAQQi6Ip0E/cS0A+51AOgACIANBA0YNBCAEIBBCKIinQT9xLQD7nUA6AAMgA0EETQ0FIAQgEEIiiKdBP3EtAPudQDoABCADQQVGDQYgBCAQQhyIp0E/cS0A+51AOgAFIANBBk0NByAEIBCnIgBBFnZBP3EtAPudQDoABiADQQdGDQggBCAAQRB2QT9xLQD7nUA6AAcgA0EITQ0JIAQgDUEGaikAACIQQjiGIBBCgP4Dg0IohoQgEEKAgPwHg0IYhiAQQoCAgPgPg0IIhoSEIBBCCIhCgICA+A+DIBBCGIhCgID8B4OEIBBCKIhCgP4DgyAQQjiIhISEIhBCOoinLQD7nUA6AAggA0EJRg0KIAQgEEI0iKdBP3EtAPudQDoACSADQQpNDQsgBCAQQi6Ip0E/cS0A+51AOgAKIANBC0YNDCAEIBBCKIinQT9xLQD7nUA6AAsgA0EMTQ0NIAQgEEIiiKdBP3EtAPudQDoADCADQQ1GDQ4gBCAQQhyIp0E/cS0A+51AOgANIANBDk0NDyAEIBCnIgBBFnZBP3EtAPudQDoADiADQQ9GDRAgBCAAQRB2QT9xLQD7nUA6AA8gA0EQTQ0RIAQgDUEMaikAACIQQjiGIBBCgP4Dg0IohoQgEEKAgPwHg0IYhiAQQoCAgPgPg0IIhoSEIBBCCIhCgICA+A+DIBBCGIhCgID8B4OEIBBCKIhCgP4DgyAQQjiIhISEIhBCOoinLQD7nUA6ABAgA0ERRg0SIAQgEEI0iKdBP3EtAPudQDoAESADQRJNDRMgBCAQQi6Ip0E/cS0A+51AOgASIANBE0YNFCAEIBBCKIinQT9xLQD7nUA6ABMgA0EUTQ0VIAQgEEIiiKdBP3EtAPudQDoAFCADQRVGDRYgBCAQQhyIp0E/cS0A+51AOgAVIANBFk0NFyAEIBCnIgBBFnZBP3EtAPudQDoAFiADQRdGDRggBCAAQRB2QT9xLQD7nUA6ABcgA0EYTQ0ZIAQgDUESaikAACIQQjiGIBBCgP4Dg0IohoQgEEKAgPwHg0IYhiAQQoCAgPgPg0IIhoSEIBBCCIhCgICA+A+DIBBCGIhCgID8B4OEIBBCKIhCgP4DgyAQQjiIhISEIhBCOoinLQD7nUA6ABggA0EZRg0aIAQgEEI0iKdBP3EtAPudQDoAGSADQRpNDRsgBCAQQi6Ip0E/cS0A+51AOgAaIANBG0YNHCAEIBBCKIinQT9xLQD7nUA6ABsgA0EcTQ0dIAQgEEIiiKdBP3EtAPudQDoAHCADQR1GDR4gBCAQQhyIp0E/cS0A+51AOgAdIANBHk0NHyAEIBCnIgBBFnZBP3EtAPudQDoAHiADQR9GDSAgBCAAQRB2QT9xLQD7nUA6AB8gBiEAIAVBGGoiBSAKSw0kDAELC0EAQQBB0KrAABDmAQALQQFBAUHgqsAAEOYBAAtBAkECQfCqwAAQ5gEAC0EDQQNBgKvAABDmAQALQQRBBEGQq8AAEOYBAAtBBUEFQaCrwAAQ5gEAC0EGQQZBsKvAABDmAQALQQdBB0HAq8AAEOYBAAtBCEEIQdCrwAAQ5gEAC0EJQQlB4KvAABDmAQALQQpBCkHwq8AAEOYBAAtBC0ELQYCswAAQ5gEAC0EMQQxBkKzAABDmAQALQQ1BDUGgrMAAEOYBAAtBDkEOQbCswAAQ5gEAC0EPQQ9BwKzAABDmAQALQRBBEEHQrMAAEOYBAAtBEUERQeCswAAQ5gEAC0ESQRJB8KzAABDmAQALQRNBE0GArcAAEOYBAAtBFEEUQZCtwAAQ5gEAC0EVQRVBoK3AABDmAQALQRZBFkGwrcAAEOYBAAtBF0EXQcCtwAAQ5gEAC0EYQRhB0K3AABDmAQALQRlBGUHgrcAAEOYBAAtBGkEaQfCtwAAQ5gEAC0EbQRtBgK7AABDmAQALQRxBHEGQrsAAEOYBAAtBHUEdQaCuwAAQ5gEAC0EeQR5BsK7AABDmAQALQR9BH0HArsAAEOYBAAtBACAIIA9B6J3AABBlAAsgAigCQBogDBDyAgALIAUgBiAIQbCqwAAQZQALIAggCWshAwJAAkACQAJAAkACQAJAAkACQANAAkACQAJAIAMgBU0EQCAJQQFrDgICAQ0LIAVBA2oiACAITQ0CIAUgACAIQdCpwAAQZQALIAYgB08NAyABIAZqIAMgDmoiBS0AACIAQQJ2LQD7nUA6AAAgBkEBaiIKIAdPDQQgASAKaiAAQQR0IAUtAAEiBUEEdnJBP3FB+53AAGotAAA6AAAgBkECaiIAIAdPDQUgBUECdEE8cSEFQQMhCQwKCyAGIAdPDQVBAiEJIAEgBmogAyAOai0AACIFQQJ2LQD7nUA6AAAgByAGQQFqIgBLBEAgBUEEdEEwcSEFDAoLIAAgB0HAqcAAEOYBAAsgAkEIaiAGIAZBBGoiBiABIAdB4KnAABCVAiACKAIMIgRFDQUgAigCCCINIAUgDmoiCi0AACIFQQJ2LQD7nUA6AAAgBEEBRg0GIA0gBUEEdCAKQQFqLQAAIgVBBHZyQT9xQfudwABqLQAAOgABIARBA0kNByANIAVBAnQgCkECai0AACIFQQZ2ckE/cUH7ncAAai0AADoAAiAEQQNHBEAgDSAFQT9xLQD7nUA6AAMgACEFDAELC0EDQQNBoKrAABDmAQALIAYgB0GAqcAAEOYBAAsgCiAHQZCpwAAQ5gEACyAAIAdBoKnAABDmAQALIAYgB0GwqcAAEOYBAAtBAEEAQfCpwAAQ5gEAC0EBQQFBgKrAABDmAQALQQJBAkGQqsAAEOYBAAsgACABaiAFLQD7nUA6AAAgBiAJaiEGCyAGIAdLDQEgByAGayEKQQAgBmtBA3EiBSEJIAYhAAJAA0AgCUUNASAAIAdHBEAgACABakE9OgAAIAlBAWshCSAAQQFqIQAMAQsLIAogCkHwqMAAEOYBAAsgBSAGQX9zSw0CIAJBOGogASAHEEICQCACKAI4RQRAIAetIRAgASEHDAELIAIpAjwhECAMQYCAgIB4Rw0EIAEhDAsgAkHEAGogAkHYAGoQmQEgAiAQpyIFNgJAIAIgDK0gB61CIIaENwM4IAJB8ABqIgAQmAIgAiAANgJ8IAJBiAFqIAJB/ABqEPIBIAIoAogBIQACQAJAAkACQAJAIAItAIwBIgFBA0YNACACIAE6AIQBIAIgADYCgAEgAkGAAWoiAUG7oMAAQQUgByAFEMcBIgANACABQcCgwABBCSACKAJIIgkgAigCTBDHASIADQAgAigCgAEoAgAgAi0AhAEQ+gEiAEUNAQsgAigCcCACKAJ0EKcDDAELIAIoAnQhACACKAJwIgFBgICAgHhHDQELQd6dwABBCUHJoMAAQR4Q2wEhASAAELgBIAJBgICAgHg2AiAgAiABNgIkIAIoAkghCSACKAI8IQcgAigCOCEMDAELIAIgAigCeDYCKCACIAA2AiQgAiABNgIgCyAMIAcQpwMgAigCRCAJEKcDIAJBLGoQ8QILIA4gDxCFAyACQThqIAJBIGoQ2AEgAigCPCEAIAsCfyACKAI4BEBBACEFQQAhBkEBDAELIAIoAkAhBiAAIQVBACEAQQALNgIMIAsgADYCCCALIAY2AgQgCyAFNgIAIAJBkAFqJAAMAwsgBiAHIAdBiKXAABBlAAsjAEEQayIAJAAgAEEqNgIEIABBmKXAADYCACAAIACtQoCAgICwAYQ3AwhBmofAACAAQQhqQcSlwAAQjAIACyACIBA3AkQgAiAMNgI4IAIgAa0gB61CIIaENwI8QdSlwABBDCACQThqQfikwABB4KXAABDQAQALIAsoAgAgCygCBCALKAIIIAsoAgwgC0EQaiQACz0BAX8gACEBAkACQAJAIAAtAJgFDgQBAgIAAgsgAEHIAmohAQsgARD5ASAAKAKQBRCaAyAAKAKUBRCaAwsLLQECfyABKAIAIgIEQCAAIAIRAgALIAEoAgQiAgRAIAEoAgghAyAAIAIQ0QELCwMAAAsOACAAIAFBwMjAABDNAwsOACAAIAFBkMjAABDNAwsqACABKAIARQRAIAFBfzYCACAAIAE2AgQgACABQQRqNgIADwsgAhCvAgALZwAgASADRgRAIAEEQCAAIAIgAfwKAAALDwsjAEEgayIAJAAgACADNgIIIAAgATYCDCAAIABBDGqtQoCAgICAAoQ3AxggACAAQQhqrUKAgICAgAKENwMQQf+ZwAAgAEEQaiAEEIwCAAsrACAABEAgACACIAMgASgCEBEEAA8LIAMQmgMgAhCaA0GEx8AAQTIQtwMACwMAAAsDAAALAwAACwMAAAsDAAALAwAACwMAAAsmAQF/IAAtABQgAEEBOgAUIABBCGshAEUEQCAAEMYDDwsgABDoAgstACAAKAJQIAAoAlQQpwMgACgCKCAAKAIsEKcDIABB3ABqEOoBIABBOGoQkgMLMQEBfyMAQRBrIgMkACADIAAgARBhIgAgAiYBIAAQ0wEgAygCACADKAIEIANBEGokAAstAQF+QdCYwQApAwAhAUHQmMEAQgA3AwAgACABQiCIPgIEIAAgAadBAUY2AgALKQEBfyMAQYABayICJAAgAiABQYAB/AoAACAAIAJBARAsIAJBgAFqJAALJwEBfyMAQUBqIgIkACACIAFBwAD8CgAAIAAgAkEBEC0gAkFAayQACyAAA0AgAQRAIAFBAWshASAAEMQCIABB6ABqIQAMAQsLCxsBAX8jAEEQayIBIABBAEc2AgxBACABKAIMawsjAQF/IABBhAhJIABBgAhPcQR/IAAFEGEiASAAJQEmASABCwsoAQF/IAAoAgAiAQRAIAEgACgCBBC1AiAAKAIMIAAoAggoAgwRAgALCyQAIAAEQCAAIAIgASgCEBEBAA8LIAIQmgNBhMfAAEEyELcDAAsnAQF/IAEQogEiAgRAIABBgICAgHg2AhggACACNgIADwsgACABEDcLJwEBfyABEKIBIgIEQCAAQYCAgIB4NgIAIAAgAjYCBA8LIAAgARBuCyQBAX8gARCiASICBEAgAEECNgIAIAAgAjYCBA8LIAAgARCXAQvABQEJfyMAQRBrIgckACMAQeAAayIBJAAgAUE8aiAAEKgBAkACQCABKAI8IgAEQCAAKAIAIgAoAgwhBSABQShqIAAoAhAiA0EEQQwQ4wEgAUEANgJQIAEgASgCLCIGNgJMIAEgASgCKCIANgJIAkACQCAAIANJBEAgAUEgaiABQcgAakEAIANBDBCWASABKAIgIgBBgYCAgHhGBEAgASgCUCECIAEoAkwhBgwCCyABKAIkGiAAEPICAAsgA0UNAQsgAiADaiAFQdgAaiEEIAYgAkEMbGohAgNAIAFB1ABqIARBBGsoAgAgBCgCABDwASACIAEoAlw2AgggAiABKQJUNwIAIARB6ABqIQQgAkEMaiECIANBAWsiAw0ACyECCyABIAEpAkg3AzAgASACNgI4IAEoAkAgASgCRBCGAyABKAI4IgYgASgCMEkEQCABQRhqIAFBMGogBkEMEIoBIAEoAhgiAEGBgICAeEcNAiABKAI4IQYLIAZBDGwhAiABKAI0IgAhBCAAIQMDQCACBEAgBCgCACAEKAIEIgkgBCgCCBCCAyEFIAlBAUEBEMEBIAMgBTYCACACQQxrIQIgA0EEaiEDIARBDGohBAwBCwsQqgMgASAGQQNsNgJUIAEgADYCWCABIAMgAGtBAnY2AlwQqgMjAEEQayIFJAACQAJAIAFBEGoiAyABQdQAaiICKAIIIgAgAigCAEkEfyAFQQhqIAIgAEEEEIoBIAUoAggiAEGBgICAeEcNASACKAIIBSAACzYCBCADIAIoAgQ2AgAgBUEQaiQADAELIAUoAgwaIAAQ8gIACyAHIAEpAxA3AgAgAUHgAGokAAwCCyABQQhqIAFBPGoQqAIgASgCCCIAQQEgABsgASgCDEEAIAAbELcDAAsgASgCHBogABDyAgALIAcoAgAgBygCBCAHQRBqJAALsgEBA38jAEEQayICJAAjAEFAaiIBJAAgAUEkaiIDIAAQqAEgASgCJCIARQRAIAFBCGogAxCoAiABKAIIIgBBASAAGyABKAIMQQAgABsQtwMACyABIAAoAgAiACkAODcDMCABIAApAEA3AzggAUEYaiIAIAFBMGoQmQEgASgCKCABKAIsEIYDIAFBEGogABCEAiACIAEpAxA3AgAgAUFAayQAIAIoAgAgAigCBCACQRBqJAALIAAgAUEBRgRAIAIQmgMLIAAgAjYCBCAAIAFBAXM2AgALIQAgAC0AAEEFa0H/AXFBAU0EQCAAKAIEIAAoAggQpwMLCxwAIAFBBE8EQCABQQQgAhDmAQALIAAgAUEEdGoLIAAgAiABQRAQ6wEhASAAIAM2AgQgAEEAIAIgARs2AgALHgAgAgRAIAIgARDrAiEBCyAAIAI2AgQgACABNgIACxkAIAAoAgwEQCAADwsgASAAEPgBIAAQwAMLGQEBfyABIANGBH8gACACIAEQ6wEFQQELRQsZAQF/IAEgA08EfyACIAAgAxDrAQVBAQtFCxwAIAApAwAgAEEIaikDACABIAJBBHRrQRBrEFcL4QEBA38QYSIFIAMmASAFIQYjAEEwayIFJAAgBUEYaiIHIAAQqAEgBUEQaiABIAIQogMgBUEANgIkIAUgBSgCFCIANgIsIAUgBSgCECIBNgIoIAUoAhgiAkUEQCAGEJoDIAVBCGogBUEkahCgAiAFKAIIIQEgBSgCDCECIAUgBxCoAiAFKAIAIgAgASAAGyIBQQEgARsgBSgCBCACIAAbQQAgARsQtwMACyACKAIAIAEgACAGIARBAEcQkQEhAiABIAAQhQMgBSgCHCAFKAIgEIYDIAVBMGokACACJQEgAhDXAQszAQF+IAAtAABBBEcEfyAAKQIAIQEQmwIiAEIANwIMIAAgATcCBCAAQQE2AgAgAAVBAAsLHQAgABCeAiIAQv//AIMgAEIOiEKQgAF+fELIAHwLIgAgAC0AAEUEQCABQeLFwABBBRA8DwsgAUHnxcAAQQQQPAsZACABQRBPBEAgAUEQIAIQ5gEACyAAIAFqC/4BAQN/EGEiBCADJgEgBCEFIwBBQGoiBCQAIARBKGoiBiAAEKgBIARBIGogASACEKIDIARBADYCNCAEIAQoAiQiADYCPCAEIAQoAiAiATYCOCAEKAIoIgJFBEAgBRCaAyAEQRBqIARBNGoQoAIgBCgCECEBIAQoAhQhAiAEQQhqIAYQqAIgBCgCCCIAIAEgABsiAUEBIAEbIAQoAgwgAiAAG0EAIAEbELcDAAsgBEEYahB+IAQoAhwhBiACKAIAIAEgACAFIAQoAhgiBUEARxCRASECIAUgBhCjAyABIAAQhQMgBCgCLCAEKAIwEIYDIARBQGskACACJQEgAhDXAQsdACAAIAEQYSIAIAImASAAEGEiACADJgEgABC7AgtsAQF/IAAgACgCAEEBayIBNgIAIAFFBEAgACgCGCAAQRxqKAIAEJsDIAAoAiAiAQRAIAAoAiQgASgCDBECAAsgAEEMahDsAgJAIABBf0YNACAAIAAoAgRBAWsiATYCBCABDQAgAEEoENEBCwsLRQEBfyAAIAAoAgBBAWsiATYCACABRQRAIAAoAgwQ5gICQCAAQX9GDQAgACAAKAIEQQFrIgE2AgQgAQ0AIABBEBDRAQsLCyEAIAAQ8QIgACgCDCAAKAIQEKcDIAAoAhggACgCHBCnAwtoAQF/IAAgACgCAEEBayIBNgIAIAFFBEAgAEEYahCuAiAAQQxqIgEoAgAgAEEQaigCABDJAiAAKAIIIAEoAgAQqAMCQCAAQX9GDQAgACAAKAIEQQFrIgE2AgQgAQ0AIABByAAQ0QELCwvwAQEFfyAAIAAoAgBBAWsiATYCACABRQRAQQAhAQJAIAAoAhgiAkUNACAAKAIMIgEgACgCFCIDIAFBACABIANNG2siA2siBCACSQRAIAIgBGshBQwBCyACIANqIQELIABBEGooAgAiAiADQQJ0aiEEIAEgA2shAQNAIAEEQCAEKAIAEOgCIAFBAWshASAEQQRqIQQMAQUDQCAFBEAgAigCABDoAiAFQQFrIQUgAkEEaiECDAELCyAAKAIMIABBEGooAgBBBEEEEMEBAkAgAEF/Rg0AIAAgACgCBEEBayIBNgIEIAENACAAQSAQ0QELCwsLC0UBAX8gACAAKAIAQQFrIgE2AgAgAUUEQCAAQQxqEMwCAkAgAEF/Rg0AIAAgACgCBEEBayIBNgIEIAENACAAQSAQ0QELCwtYAQJ/IAAgACgCAEEBayIBNgIAIAFFBEAgAEEQaigCACEBIAAoAgwiAgRAIAIgARC1AgsCQCAAQX9GDQAgACAAKAIEQQFrIgE2AgQgAQ0AIABBGBDRAQsLCxcBAX8gASAAEOsCIgJFBEAQtAMACyACCxUAIAFBCU8EQCABIAAQWA8LIAAQLwsaACAAKAIABEAgACgCBBC6AyAAKAIIELoDCwsYACAAIAApAyAgAq18NwMgIAAgASACEC0LGAECfyAAKAIAIgEEQCAAKAIEIAEQ0QELCxoBAW8gACUBIAEgAhANIQMQYSIAIAMmASAACxoBAW8gACUBIAEgAhAZIQMQYSIAIAMmASAAC0oBA38gACgCBCIDIQEgACgCCCECA0AgAgRAIAEoAgAgAUEEaigCABCnAyACQQFrIQIgAUEgaiEBDAELCyAAKAIAIANBBEEgEM4BCw8AIAAEQBC0AwALEKsDAAsdAQF/IAAoAgQiASAAKAIIEMkCIAAoAgAgARCoAwsUAQF/IAAQLyIBRQRAELQDAAsgAQscACAAKAIAIAAoAgQQpwMgACgCDCAAKAIQEKcDCxwAIAEoAgAgACgCACAAKAIEIAEoAgQoAgwRAAALGQAgAiABEOsCIQEgACACNgIEIAAgATYCAAsUACAAKQMAUEUEQCAAQQhqEPkBCwsSACAAIAFBAXRBAXIgAhCMAgALFwEBfyAAEB4iATYCBCAAIAFBAEc2AgALFwEBfyAAEB8iATYCBCAAIAFBAEc2AgALFwEBfyAAECAiATYCBCAAIAFBAEc2AgALFwEBfyAAECEiATYCBCAAIAFBAEc2AgALFwAgACgCACABIAAoAgRBDGooAgARAQALFgEBbyAAIAEQCyECEGEiACACJgEgAAsWAQFvIAAlARAMIQEQYSIAIAEmASAACxYBAW8gACABECohAhBhIgAgAiYBIAALFgEBbyAAIAEQKyECEGEiACACJgEgAAsZACABKAIAQbDJwABBBSABKAIEKAIMEQAACxEAIAAoAgAiAARAIAAQ4wILCw4AIAEEQCAAIAEQ0QELCxQAIAAgACgCAEEBazYCACABEOQCCxUBAX8jAEEQayIBIAA6AA8gAS0ADwsZACABKAIAQbbjwABBESABKAIEKAIMEQAACxkAIAEoAgBBx+PAAEEIIAEoAgQoAgwRAAALGQAgASgCAEGj4sAAQQMgASgCBCgCDBEAAAsVACABIAAoAgAiACgCBCAAKAIIEDwLGQAgASgCAEG82cAAQRAgASgCBCgCDBEAAAsZACABKAIAQaDiwABBAyABKAIEKAIMEQAACxkAIAEoAgBB0NjAAEEOIAEoAgQoAgwRAAALGQAgASgCAEGG2MAAQQogASgCBCgCDBEAAAsWACAAKAIAQYGAgIB4RwRAIAAQkgMLCxYAIAAoAgBBgICAgHhHBEAgABDqAQsLFgAgACgCAEGAgICAeEcEQCAAEPUCCwsZACABKAIAQfTZwABBEiABKAIEKAIMEQAACxkAIAEoAgBBkNjAAEEMIAEoAgQoAgwRAAALGQAgASgCAEGE2cAAQQ8gASgCBCgCDBEAAAsZACABKAIAQeHfwABBESABKAIEKAIMEQAACxMAQdCYwQAgAK1CIIZCAYQ3AwALDgAgAQRAIAAgARDRAQsLEgAgASACQQEQlwIgAEEEOgAACxAAIABBhAhPBEAgABDXAQsLDwAgAEECRwRAIAEQmgMLCxUAIAFBqMrAAEEBEJcCIABBBDoAAAsUACAAKAIAIAEgACgCBCgCDBEBAAuwCgEDfyAAIQZBACEAIwBB0ABrIgUkACAFIAM2AgggBSACNgIEAn8gAUGBAk8EQEGAAiEAAkADQCAAIAZqLAAAQb9/Sg0BIABBAWsiAA0AC0EAIQALIAUgBjYCDCAFIAA2AhBBBUEAIAAgAUkiBxshAEHctcAAQQEgBxsMAQsgBSABNgIQIAUgBjYCDEEBCyEHIAUgADYCGCAFIAc2AhQCQAJAAkACQAJAAkAgASACTwRAIAEgA0kNBiACIANLDQEgAkUgASACTXINAyACIAZqLAAAQb9/Sg0DIAIhAAJAA0AgACAGaiwAAEG/f0oNASAAQQFrIgANAAtBACEACwNAIAIgBmosAABBv39KDQMgASACQQFqIgJHDQALIAEhAgwCCyAFIAVBFGqtQoCAgICwAYQ3AzggBSAFQQxqrUKAgICAsAGENwMwIAUgBUEEaq1CgICAgIAChDcDKEHegMAAIAVBKGogBBCMAgALIAUgBUEUaq1CgICAgLABhDcDQCAFIAVBDGqtQoCAgICwAYQ3AzggBSAFQQhqrUKAgICAgAKENwMwIAUgBUEEaq1CgICAgIAChDcDKEG0gMAAIAVBKGogBBCMAgALIAUgADYCHCAFIAI2AiACQCAAIAJLDQACQCAARQ0AIAAgAU8EQCAAIAFGDQEMAgsgACAGaiwAAEFASA0BCwJAIAEgAk0EQCABIAJHDQIMAQsgAiAGaiwAAEG/f0wNAQsgACACRg0CIAUCfyAAIAZqIgEsAAAiAEEATgRAIABB/wFxDAELIAEtAAFBP3EiAyAAQR9xIgJBBnRyIABBX00NABogAS0AAkE/cSADQQZ0ciIDIAJBDHRyIABBcEkNABogAkESdEGAgPAAcSABLQADQT9xIANBBnRycgs2AiQgBSAFQRRqrUKAgICAsAGENwNIIAUgBUEMaq1CgICAgLABhDcDQCAFIAVBHGqtQoCAgICwAoQ3AzggBSAFQSRqrUKAgICAwAKENwMwIAUgBUEEaq1CgICAgIAChDcDKEG6gcAAIAVBKGogBBCMAgALIAYgASAAIAIgBBCeAwALIANFIAEgA01yDQIgAyAGaiwAAEG/f0oNAiADIQACQANAIAAgBmosAABBv39KDQEgAEEBayIADQALQQAhAAsCQANAIAMgBmosAABBv39KDQEgASADQQFqIgNHDQALIAEhAwsgBSAANgIcIAUgAzYCICAAIANLDQECQCAARQ0AIAAgAU8EQCAAIAFGDQEMAwsgACAGaiwAAEFASA0CCwJAIAEgA00EQCABIANHDQMMAQsgAyAGaiwAAEG/f0wNAgsgACADRg0AIAUCfyAAIAZqIgEsAAAiAEEATgRAIABB/wFxDAELIAEtAAFBP3EiAyAAQR9xIgJBBnRyIABBX00NABogAS0AAkE/cSADQQZ0ciIDIAJBDHRyIABBcEkNABogAkESdEGAgPAAcSABLQADQT9xIANBBnRycgs2AiQgBSAFQRRqrUKAgICAsAGENwNIIAUgBUEMaq1CgICAgLABhDcDQCAFIAVBHGqtQoCAgICwAoQ3AzggBSAFQSRqrUKAgICAwAKENwMwIAUgBUEIaq1CgICAgIAChDcDKEGLgsAAIAVBKGogBBCMAgALIAQQrgMACyAGIAEgACADIAQQngMACyAFIAVBFGqtQoCAgICwAYQ3AzggBSAFQQxqrUKAgICAsAGENwMwIAUgBUEIaq1CgICAgIAChDcDKEGNgcAAIAVBKGogBBCMAgALEQAgAEEIayIAENQBIAAQ6QILFAIBbwF/EAMhABBhIgEgACYBIAELDwAgACABIAIQdSAAEPgCCxAAIAAgAjYCBCAAIAE2AgALDAAgAARAIAEQmgMLCxAAIAEgACgCACAAKAIEEDwLFABBxaHAAEETQdihwABBzAAQ2wELDwAgACgCACAAKAIEEKcDCw0AIAAgAUEBQQEQzgELDgAgACABQQhB6AAQzgELEABBpMTAAEHHACAAEIwCAAsNAEEAQQRBBEEMEMEBCxIAQbSnwABBI0HIp8AAEIwCAAsPACAAQdinwAAgASACEEcLDwAgAEH0tMAAIAEgAhBHCw8AQeG1wABBKyAAEPkCAAsTAEGPuMAAQd0AQcC4wAAQjAIACw8AIAAoAgAtAAAgARCTAQsNACAAIAEgAhCXAkEACw8AIABBoIPBACABIAIQRwsNACAAJQEgASUBEBoaCw0AQciYwQBBAToAAAALDgAgACABQajKwAAQmQMLDgAgACABQe+0wAAQmQMLCQAgACABECgACwsAIAAlARAnQQBHCwsAIAAlARAmQQBHCwwAIAAQyAMgABCaAwsNACABQazGwABBGBA8Cw0AIAFBjMbAAEEgEDwLCgAgAEEIaxDoAgsKACAAQQhrENQBCwoAIABBCGsQ6QILCQAgAEEUENEBCwwAIAAoAgAgARCkAwsLACAAKAIAIAEQagsLACAAIAEQ2gFBAAsMACAAIAEpAgA3AwALCgAgACgCABDnAgsKABCYASAAEIkBCwkAIABBADYCAAsIACAAJQEQCAsIACAAJQEQCgsDAAALYwEBfyMAQTBrIgQkACAEIAI2AgwgBCABNgIIIAQgACkDCDcDGCAEIAApAwA3AxAgBEEPNgIsIARBwQA2AiQgBCAEQQhqNgIoIAQgBEEQajYCICADIARBIGoQ6AEgBEEwaiQACygBAX8jAEEQayICJAAgAiACQQ9qrSABhDcDAEGah8AAIAIgABCMAgALLQEBfyABQQhrIgMgAygCAEEBaiIDNgIAIANFBEAACyAAIAE2AgQgACACNgIACzoBAX8jAEEQayIDJAAgAyABNgIEIAMgADYCACADQRI2AgwgAyADNgIIIAIgA0EIahDoASADQRBqJAALQAEBfyABKAIAIQQgAUEANgIAIAQEQCAEQQhqIAMgAhCHASAEEOMCIABBADYCAA8LIAIQmgNBkJ3AAEEcELcDAAsLspIBFwBBgIDAAAvlJEZyb21VdGY4RXJyb3JieXRlc2Vycm9yVXRmOEVycm9ydmFsaWRfdXBfdG9lcnJvcl9sZW4NYmVnaW4gPiBlbmQgKMADID4gwBApIHdoZW4gc2xpY2luZyBgwAFgwAARc3RhcnQgYnl0ZSBpbmRleCDAFiBpcyBvdXQgb2YgYm91bmRzIG9mIGDAAWDAAA9lbmQgYnl0ZSBpbmRleCDAFiBpcyBvdXQgb2YgYm91bmRzIG9mIGDAAWDAABFzdGFydCBieXRlIGluZGV4IMAmIGlzIG5vdCBhIGNoYXIgYm91bmRhcnk7IGl0IGlzIGluc2lkZSDACCAoYnl0ZXMgwAYpIG9mIGDAAWDAAA9lbmQgYnl0ZSBpbmRleCDAJiBpcyBub3QgYSBjaGFyIGJvdW5kYXJ5OyBpdCBpcyBpbnNpZGUgwAggKGJ5dGVzIMAGKSBvZiBgwAFgwADACSBtdXN0IGJlIMAMIGJ5dGVzLCBnb3QgwAAWc2xpY2UgaW5kZXggc3RhcnRzIGF0IMANIGJ1dCBlbmRzIGF0IMAAIGluZGV4IG91dCBvZiBib3VuZHM6IHRoZSBsZW4gaXMgwBIgYnV0IHRoZSBpbmRleCBpcyDAABJyYW5nZSBzdGFydCBpbmRleCDAIiBvdXQgb2YgcmFuZ2UgZm9yIHNsaWNlIG9mIGxlbmd0aCDAABByYW5nZSBlbmQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAHc3RyaW5nIMAAD3Vua25vd24gZmllbGQgYMAMYCwgZXhwZWN0ZWQgwAAPaW52YWxpZCBsZW5ndGggwAssIGV4cGVjdGVkIMAAD2ludmFsaWQgdmFsdWU6IMALLCBleHBlY3RlZCDAAA5pbnZhbGlkIHR5cGU6IMALLCBleHBlY3RlZCDAAB50aGUgYnVuZGxlIGhhcyBubyBpbWFnZSBuYW1lZCDAABNpbnZhbGlkIHJlY2lwaWVudDogwAAQYXNzZXJ0aW9uIGBsZWZ0IMAXIHJpZ2h0YCBmYWlsZWQKICBsZWZ0OiDACQogcmlnaHQ6IMAAHWludmFsaWQgQXJnb24yaWQgcGFyYW1ldGVyczogwAATaW52YWxpZCBwcmluY2lwYWw6IMAAEm1hbGZvcm1lZCBidW5kbGU6IMAAEGxpbWl0IGV4Y2VlZGVkOiDAAMACOiDAACZ1bnN1cHBvcnRlZCBwYW5lbGNyeXB0IGZvcm1hdCB2ZXJzaW9uIMAUOyB1cGdyYWRlIHBhbmVsY3J5cHQAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9jZWxsL2xhenkucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zbGljZS9pbmRleC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvaW5vdXQtMC4yLjYvc3JjL2lub3V0LnJzAGNvcmUvc3JjL21hbmlmZXN0LnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL2ZtdC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2Yvc2hhMi0wLjExLjEvc3JjL3NoYTI1Ni9zb2Z0LnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zaGEyLTAuMTEuMS9zcmMvc2hhNTEyL3NvZnQucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2Flcy0wLjkuNC9zcmMvYmFja2VuZHMvZml4c2xpY2UvdXRpbHMucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL3NlcmRlX2pzb24tMS4wLjE1NC9zcmMvZXJyb3IucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL3NlcmRlX2pzb24tMS4wLjE1NC9zcmMvc2VyLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc3RyL3BhdHRlcm4ucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9mdXR1cmVzL2pzcGkucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2NpcGhlci0wLjUuMi9zcmMvc3RyZWFtL2NvcmVfYXBpLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3N0cmluZy5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvanMtc3lzLTAuMy4xMDcvc3JjL2Z1dHVyZXMvcXVldWUucnMAY29yZS9zcmMvYnVuZGxlLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvdW5pY29kZS9wcmludGFibGUucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2Jhc2U2NC0wLjIyLjEvc3JjL2VuY29kZS5ycwAvcnVzdC9kZXBzL2hhc2hicm93bi0wLjE2LjEvc3JjL3Jhdy9tb2QucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9mbXQvbW9kLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy9tb2QucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2Jhc2U2NC0wLjIyLjEvc3JjL2VuZ2luZS9nZW5lcmFsX3B1cnBvc2UvbW9kLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9iYXNlNjQtMC4yMi4xL3NyYy9lbmdpbmUvbW9kLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zZXJkZV9jb3JlLTEuMC4yMjkvc3JjL2RlL21vZC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjL21vZC5ycwBjb3JlL3NyYy9jaHVua2VkLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy90YXNrL3NpbmdsZXRocmVhZC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2Yvc2VyZGVfanNvbi0xLjAuMTU0L3NyYy9yZWFkLnJzAC9ydXN0L2RlcHMvZGxtYWxsb2MtMC4yLjExL3NyYy9kbG1hbGxvYy5ycwB3YXNtLWRlY29kZXIvc3JjL2xpYi5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvanMtc3lzLTAuMy4xMDcvc3JjL2xpYi5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvdW5pdmVyc2FsLWhhc2gtMC42LjEvc3JjL2xpYi5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvYmxvY2stYnVmZmVyLTAuMTIuMS9zcmMvbGliLnJzABBmbG9hdGluZyBwb2ludCBgwAFgAAFgwAZgIG9yIGDAAWAAC2NoYXJhY3RlciBgwAFgAAlpbnRlZ2VyIGDAAWAACWJvb2xlYW4gYMABYAAPbWlzc2luZyBmaWVsZCBgwAFgABFkdXBsaWNhdGUgZmllbGQgYMABYAABYMABYABwYW5lbGNyeXB0L3YxACZjb3B5X2Zyb21fc2xpY2U6IHNvdXJjZSBzbGljZSBsZW5ndGggKMArKSBkb2VzIG5vdCBtYXRjaCBkZXN0aW5hdGlvbiBzbGljZSBsZW5ndGggKMABKQAAJwkQAEkAAAADAQAADwAAACcJEABJAAAA2gAAACcAAABmaW5pc2g6IGNhbGxiYWNrcyBzaG91bGQgYmUgU29tZScJEABJAAAA2wAAABEAAABmaW5pc2g6IHJlc3VsdCBzaG91bGQgYmUgTm9uZQAAACcJEABJAAAA3wAAABEAAABhdHRlbXB0ZWQgdG8gdGFrZSBvd25lcnNoaXAgb2YgUnVzdCB2YWx1ZSB3aGlsZSBpdCB3YXMgYm9ycm93ZWRyZWN1cnNpdmUgdXNlIG9mIGFuIG9iamVjdCBkZXRlY3RlZCB3aGljaCB3b3VsZCBsZWFkIHRvIHVuc2FmZSBhbGlhc2luZyBpbiBydXN0AABIAAAABAAAAAQAAABJAAAASgAAAEgAAAAEAAAABAAAAEsAAABMAAAARm5PbmNlIGNhbGxlZCBtb3JlIHRoYW4gb25jZWhlYWRlcl92ZXJpZmljYXRpb25ub3RfYV9idW5kbGV1bnN1cHBvcnRlZF92ZXJzaW9ubWFsZm9ybWVkAIkLEAAXAAAAXQAAACUAAAABAAFBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OSsv/////////////////////////////////////////////////////////z7///8/NDU2Nzg5Ojs8Pf////////8AAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGf///////xobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIz/////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////3Nsb3RzYnVuZGxlX2lkY2Fubm90IGVuY29kZSB0aGUgc2xvdCBzZWN0aW9uY3J5cHRvc3VidGxlZGVjcnlwdHJhd0FFUy1HQ02JCxAAFwAAAFwBAAAcAAAAYnJvd3NlcldlYkNyeXB0byByZWZ1c2VkIHRvIGltcG9ydCBhbiBBRVMtR0NNIGtleW9iamVjdF92ZXJpZmljYXRpb25pbWFnZSBmYWlsZWQgdmVyaWZpY2F0aW9uOiBpdCB3YXMgbW9kaWZpZWQsIHN3YXBwZWQgb3IgdHJ1bmNhdGVkIG9uIHRoZSBob3N0dmFyaWFudG5vX3N1Y2hfaW1hZ2Vub3QgYW4gb2JqZWN0IGlkdGhlIGJ1bmRsZSBoYXMgbm8gc3VjaCBvYmplY3QAAACJCxAAFwAAAAYBAAAbAAAAV2ViQ3J5cHRvIGlzIG5vdCBhdmFpbGFibGUgaW4gdGhpcyBwYWdlYmFkX2tleXRoZSBrZXkgc2VydmljZSBhbnN3ZXJlZCBmb3IgYW5vdGhlciBidW5kbGV0aGUga2V5IHNlcnZpY2Ugc2VudCBhIGtleSBvZiB0aGUgd3JvbmcgbGVuZ3RoY2Fubm90IGVuY29kZSBlbnRyeWNhbm5vdCBlbmNvZGUgY2hvaWNldGhlIGJyb3dzZXIgcmVmdXNlZCB0byBidWlsZCBhIEJsb2Jjb2RlAAAATQAAAAwAAAAEAAAATgAAAE8AAABQAEHwpMAAC/0CAQAAAFEAAABSAAAAFAAAAAQAAABTAAAAbAgQAEMAAABQAAAAMwAAAHVzaXplIG92ZXJmbG93IHdoZW4gY2FsY3VsYXRpbmcgYjY0IGxlbmd0aAAAbAgQAEMAAABXAAAACgAAAEludmFsaWQgVVRGOMkJEABHAAAAfwAAACQAAABUAAAAUAEAAAgAAABVAAAAVgAAACcJEABJAAAAQgEAABUAAABXAAAAoAIAAAgAAABYAAAAY2FsbGVkIGBPcHRpb246OnVud3JhcF90aHJvdygpYCBvbiBhIGBOb25lYCB2YWx1ZQAAACcJEABJAAAADQEAACQAAABjYWxsZWQgYFJlc3VsdDo6dW53cmFwX3Rocm93KClgIG9uIGFuIGBFcnJgIHZhbHVlAAAAEwAAAAwAAAATAAAArA4QAL8OEADLDhAAY2FwYWNpdHkgb3ZlcmZsb3cAAABaChAAUAAAABwAAAAFAAAAWQAAAAwAAAAEAAAAWgAAAFsAAABcAEH4p8AAC5cPAQAAAF0AAABhIGZvcm1hdHRpbmcgdHJhaXQgaW1wbGVtZW50YXRpb24gcmV0dXJuZWQgYW4gZXJyb3Igd2hlbiB0aGUgdW5kZXJseWluZyBzdHJlYW0gZGlkIG5vdAAAzgQQAEgAAACPAgAADgAAAE5vbmVTb21lbAgQAEMAAACKAAAACQAAAHEJEABXAAAAlgAAAA0AAABxCRAAVwAAAJcAAAANAAAAcQkQAFcAAACaAAAADQAAAHEJEABXAAAAngAAAA0AAABxCRAAVwAAAJ8AAAANAAAAcQkQAFcAAACHAAAAJQAAAHEJEABXAAAAiAAAACsAAABxCRAAVwAAAIoAAAANAAAAcQkQAFcAAACLAAAADQAAAHEJEABXAAAAjQAAAA0AAABxCRAAVwAAAI8AAAANAAAAcQkQAFcAAABAAAAAGwAAAHEJEABXAAAAQgAAACAAAABxCRAAVwAAAE4AAAARAAAAcQkQAFcAAABPAAAAEQAAAHEJEABXAAAAUAAAABEAAABxCRAAVwAAAFEAAAARAAAAcQkQAFcAAABSAAAAEQAAAHEJEABXAAAAUwAAABEAAABxCRAAVwAAAFQAAAARAAAAcQkQAFcAAABVAAAAEQAAAHEJEABXAAAAWQAAABEAAABxCRAAVwAAAFoAAAARAAAAcQkQAFcAAABbAAAAEQAAAHEJEABXAAAAXAAAABEAAABxCRAAVwAAAF0AAAARAAAAcQkQAFcAAABeAAAAEQAAAHEJEABXAAAAXwAAABEAAABxCRAAVwAAAGAAAAARAAAAcQkQAFcAAABkAAAAEQAAAHEJEABXAAAAZQAAABEAAABxCRAAVwAAAGYAAAARAAAAcQkQAFcAAABnAAAAEQAAAHEJEABXAAAAaAAAABEAAABxCRAAVwAAAGkAAAARAAAAcQkQAFcAAABqAAAAEQAAAHEJEABXAAAAawAAABEAAABxCRAAVwAAAG8AAAARAAAAcQkQAFcAAABwAAAAEQAAAHEJEABXAAAAcQAAABEAAABxCRAAVwAAAHIAAAARAAAAcQkQAFcAAABzAAAAEQAAAHEJEABXAAAAdAAAABEAAABxCRAAVwAAAHUAAAARAAAAcQkQAFcAAAB2AAAAEQAAAABwAAcALQEBAQIBAgEBSAswFRABZQcCBgICAQQjAR4bWws6CQkBGAQBCQEDAQUrAzsJKhgBIDcBAQEECAQBAwcKAh0BOgEBAQIECAEJAQoCGgECAjkBBAIEAgIDAwEeAgMBCwI5AQQFAQIEARQCFgYBAToBAQIBBAgBBwMKAh4BOwEBAQwBCQEoAQMBNwEBAwUDAQQHAgsCHQE6AQICAQEDAwEEBwILAhwCOQIBAQIECAEJAQoCHQFIAQQBAgMBAQgBUQECBwwIYgECCQsHSQIbAQEBAQE3DgEFAQIFCwEkCQFmBAEGAQICAhkCBAMQBA0BAgIGAQ8BAAMABBwDHQIeAkACAQcIAQILCQEtAwEBdQIiAXYDBAIJAQYD2wICAToBAQcBAQEBAggGCgIBMC4CDBQEMAoEAyYJDAIgBAIGOAEBAgMBAQU4CAICmAMBDQEHBAEGAQMCxkAAAcMhAAONAWAgAAZpAgAEAQogAlACAAEDAQQBGQIFAZcCGhINASYIGQsBASwDMAECBAICAgEkAUMGAgICAgwBCAEvATMBAQMCAgUCAQEqAggB7gECAQQBAAEAEBAQAAIAAeIBlQUAAwECBQQoAwQBpQIABEEFAAJNBkYLMQR7ATYPKQECAgoDMQQCAgcBPQMkBQEIPgEMAjQJAQEIBAIBXwMCBAYBAgGdAQMIFQI5AgEBAQEMAQkBDgcDBUMBAgYBAQIBAQMEAwEBDgJVCAIDAQEXAVEBAgYBAQIBAQIBAusBAgQGAgECGwJVCAIBAQJqAQEBAghlAQEBAgQBBQAJAQL1AQoEBAGQBAICBAEgCigGAgQIAQkGAgMuDQECxgEBAwEByQcBBgEBUhYCBwECAQJ6BgMBAQIBBwEBSAIDAQEBAAILAjQFBQMXAQABBg8ADAMDAAU7BwABPwRRAQsCAAIALgIXAAUDBggIAgceBJQDADcEMggBDgEWBQEPAAcBEQIHAQIBBWQBoAcAAT0EAAT+AvMBAgEHAgUBAAdtBwBggPAAAAAAAAAEAAAABAAAAF4AAAAgeyA6ICB7CiwKKCgKCildIH0AAAAAAAAMAAAABAAAAF8AAABgAAAAYQAAAIQGEABPAAAAZwYAABUAAACEBhAATwAAAJUGAAAVAAAAhAYQAE8AAACWBgAAFQAAAIQGEABPAAAAdAUAACgAAACEBhAATwAAAHQFAAASAAAAWy4uLl1jYWxsZWQgYE9wdGlvbjo6dW53cmFwKClgIG9uIGEgYE5vbmVgIHZhbHVlPT1bAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQdG3wAALMwICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgMDAwMDAwMDAwMDAwMDAwMEBAQEBABBj7jAAAu2EUxhenlDZWxsIGluc3RhbmNlIGhhcyBwcmV2aW91c2x5IGJlZW4gcG9pc29uZWQAAADaAxAATQAAAHQBAAAFAAAAAAYBAQMBBAIFBwcCCAgJAgoFCwIOBBABEQISBRMcFAEVAhcCGQ0cBR0IHwEkAWoEawJuAq8DsQK8As8C0QLUDNUJ1gLXAtoB4AXhAuYB5wToAu4g8AT4AvoF+wEMJzs+Tk+Pnp6fe4uTlqKyuoaxBgcJNj0+VvPQ0QQUGDY3Vld/qq6vvTXgEoeJjp4EDQ4REikxNDpFRklKTk9kZYqMjY+2wcPExsvWXLa3GxwHCAoLFBc2OTqoqdjZCTeQkagHCjs+ZmmPkhFvX7/u71piubr0/P9TVJqbLi8nKFWdoKGjpKeorbq8xAYLDBUdOj9FUaanzM2gBxkaIiU+P9/n7O//xcYEICMlJigzODpISkxQU1VWWFpcXmBjZWZrc3h9f4qkqq+wwNCur25vx93ek14iewUDBC0DZgMBLy6Agh0DMQ8cBCQJHgUrBUQEDiqAqgYkBCQEKAg0C04DNAyBNwkWCggYO0U5A2MICTAWBSEDGwUbJjgESwUvBAoHCQdAICcEDAk2AzoFGgcEDAdQSTczDTMHLggKBiYDHQgCgNBSEAYICSEuCCoWGiYcFBcJTgQkCUQNGQcKBkgIJwl1C0I+KgY7BQoGUQYBBRADBQtZCAIdYh5ICAqApl4iRQsKBg0TOgYKBhQcLAQXgLk8ZFMMSAkKRkUbSAhTDUkHClYIWCIOCgZGCh0DR0k3Aw4ICgY5BwoGLAQKgPYZBzsDHVUBDzINg5tmdQuAxIpMYw2EMBAWCo+bBYJHmrk6hsaCOQcqBFwGJgpGCigFE4GwOoDGWwU0LEsEOQcRQAULBwmc1ikgYXOh/YEzDwEdBg4ECIGMiQRrBQ0DCQcQj2CA/QOBtAYXDxEPRwl0PID2CnMIcBVGehQMFAxXCRmAh4FHA4VCDxWEUB8GBoDVKwU+IQFwLQMaBAKBQB8ROgUBgdAqgNYrBAGAwDYIAoDggPcpTAQKBAKDEURMPYDCPAYBBFUFGzQCgQ4sBGQMVgqArjgdDSwECQcCDgaAmoPZAxEDDQOA2gYMBAEPDAQ4CAoGKAgsBAIOCSeBWAgdAwsDOwQeBAoHgPuEBQABAwUFBgYCBwYIBwkRChwLGQwZDRAODA8EEAMSEhMJFgEXBBgBGQMaCRsBHAIfFiADKwItCy4BMAQxAjIBqQKqBKsI+gL7Bf4D/wmteHmLjaIwV1iLjJAc3Q4PS0z7/C4vP1xdX+KEjY6RkqmxurvFxsnK3uTl/wAEERIpMTQ3Ojs9SUpdhI6SqbG0urvGys7P5OUABA0OERIpMTQ6O0VGSUpeZGWEkZudyc7PDREpOjtFSVdbXl9kZY2RqbS6u8XJ3+Tl8A0RRUlkZYCEsry+v9XX8PGDhYukpr6/xcfP2ttImL3Nxs7PSU5PV1leX4mOj7G2t7/BxsfXERYXW1z29/7/gG1x3t8OH25vHB1ffX6ur97fTbu8FhceH0ZHTk9YWlxefn+1xdTV3PDx9XJzj3R1Ji4vp6+3v8fP19+aAECXmDCPH87/Tk9aWwcIDxAnL+7vbm83PT9CRVNndcjJ0NHY2ef+/wAgXyKC3wSCRAgbBAYRgawOgKsFIAeBHAMZCAEELwQ0BAcDAQcGBxEKUA8SB1UHAwQcCgkDCAMHAwIDAwMMBAUDCwYBDhUFTgcbB1cHAgUYDFAEQwMtAwEEEQYPDDoEHSVfIG0EaiWAyAWCsAMaBoL9A1kHFgkYCRQMFAxqBgoGGgZZBysFRgosBAwEAQMxCywEGgYLA4CsBgoGTBSA9Ag8Aw8DPgU4CCsFgv8RGAgvES0DIg4hD4CMBIKaFgsViJQFLwU7BwIOGAmAviJ0DIDWGoEQBYDhCfKeAzcJgVwUgLgIgN0UPAMKBjgIRggMBnQLHgNaBFkJgIMYHAoWCUwEgIoGq6QMFwQxoQSB2iYHDAUFgrMgKgZMBICNBIC+AxsDDw0WCBAAVQAAAAoAAAArAAAAFggQAFUAAAAaAAAANgAAAGBhc3luYyBmbmAgcmVzdW1lZCBhZnRlciBjb21wbGV0aW9uAAADAACDBCAAkQVgAF0ToAASFyAfDCBgH+8sYCsqMOArb6agLAKoIC0e+yAuAP5gNp7/oDb9ASE3AQphNyQNITirDqE5LxghOvMeIUtANKFTHmHhVPBqYVVPb+FVnbxhVgDPYVdl0aFXANohWADgoVmu4iFb7OThXNDoYV0gAO5e8AF/XyAgICAweDAxMjM0NTY3ODlBQkNERUZmYWxzZXRydWUA2wgQAEsAAAB+CwAAJgAAANsIEABLAAAAhwsAABoAAABSZWZDZWxsIGFscmVhZHkgbXV0YWJseSBib3Jyb3dlZFJlZkNlbGwgYWxyZWFkeSBib3Jyb3dlZEhhc2ggdGFibGUgY2FwYWNpdHkgb3ZlcmZsb3ewCBAAKgAAACUAAAAoAAAAYgAAAAQAAAAEAAAAYwAAAGQAAABjbG9zdXJlIGludm9rZWQgcmVjdXJzaXZlbHkgb3IgYWZ0ZXIgYmVpbmcgZHJvcHBlZGludGVybmFsIGVycm9yOiBlbnRlcmVkIHVucmVhY2hhYmxlIGNvZGUAANoDEABNAAAA/gAAAC4AAADaAxAATQAAAO0AAABMAAAAoQsQAEEAAAD5OwAAAQAAAGoAAABrAAAAbAAAAG0AAADUBhAASgAAAMgAAAAsAAAA1AYQAEoAAAC7AAAAIAAAAG4AAABvAAAAcAAAAHEAAAC/ChAAVwAAAJwAAAAlAAAAtwcQAEsAAAAnAAAALgAAALcHEABLAAAAKgAAACkAAAC3BxAASwAAAEAAAAAaAAAAKAQQAE8AAAD8AwAAMwAAACgEEABPAAAABwQAADcAAABFcnJvcgAAAIQGEABPAAAAzQEAADcAQdDJwAALBQEAAABzAEHgycAACwUBAAAAdABB8MnAAAuLEQEAAAB1AAAAdWxscnVlYWxzZQAAPgYQAEUAAAAsCAAAKAAAAD4GEABFAAAALQgAADAAAAB9InssOgAAACsMEABGAAAAuQAAACcAAADjCxAARwAAAGsAAAAZAAAA4wsQAEcAAABrAAAAKAAAAG9iamVjdAAAAwgQABIAAABuAAAAFAAAAAMIEAASAAAAcAAAAB4AAAADCBAAEgAAAHEAAAAnAAAAAwgQABIAAABxAAAANAAAAGEgc2xvdCBib2R5IGhhcyB0aGUgd3JvbmcgbGVuZ3RoIGZvciBpdHMgdHlwZWhlYWRlciBlbmRzIGluc2lkZSBhIHNsb3QgYm9keWhlYWRlciBlbmRzIGluc2lkZSBhIHNsb3RzbG90IGNvdW50IG11c3QgYmUgYmV0d2VlbiAxIGFuZCAxMDI0cmVzZXJ2ZWQgZmxhZ3MgYnl0ZSBpcyBub3QgemVyb2hlYWRlciBpcyBzaG9ydGVyIHRoYW4gaXRzIGZpeGVkIGZpZWxkcwADCBAAEgAAAI4BAAALAAAAAwgQABIAAADpAAAALQAAAG1hbmlmZXN0AwgQABIAAACgAAAAKAAAAAMIEAASAAAAoAAAADAAAAADCBAAEgAAAKAAAAA8AAAAAwgQABIAAACgAAAASAAAAAMIEAASAAAArgAAAB8AAAADCBAAEgAAAK4AAAANAAAAaGVhZGVyIGxlbmd0aCBkb2VzIG5vdCBtYXRjaCBpdHMgbWFuaWZlc3QgbGVuZ3RoICh0cnVuY2F0ZWQgb3IgdHJhaWxpbmcgYnl0ZXMpbWFuaWZlc3QgbGVuZ3RoIGlzIG5vdCBhIHZhbGlkIGNpcGhlcnRleHQgbGVuZ3RoaGVhZGVyIGVuZHMgYmVmb3JlIHRoZSBtYW5pZmVzdCBsZW5ndGhoZWFkZXIgbGFyZ2VyIHRoYW4gdGhlIGZvcm1hdCBhbGxvd3NwYW5lbGNyeXB0L3YxIGhlYWRlci1tYWPEJxAAGAAAAKsKEAATAAAAlAEAAAgAAACrChAAEwAAAIYBAAAhAAAAqwoQABMAAACIAQAASAAAAKsKEAATAAAAjQEAAA0AAACrChAAEwAAAFUAAAAPAAAAQUVBRF9BRVNfMjU2X0dDTWMyc3Aub3JnL2NodW5rZWQtZW5jcnlwdGlvbkB2MSthbiBvYmplY3QgaWQgYXBwZWFycyB0d2ljZW9iamVjdCBsZW5ndGggZXhjZWVkcyAxIFRpQm1lZGlhIHR5cGUgaXMgbm90IGEgdHlwZS9zdWJ0eXBlIHRva2VuLystLm5hbWV3aWR0aGhlaWdodHZhcmlhbnRzcGxhY2Vob2xkZXLCKBAABAAAAFwlEAAGAAAAxigQAAUAAADLKBAABgAAANEoEAAIAAAA2SgQAAsAAADGKBAABQAAAMsoEAAGAAAAXCUQAAYAAAB2ZXJzaW9uZW50cmllcwAALCkQAAcAAAAzKRAABwAAAGlkbGVudHlwZQAAAEwpEAACAAAATikQAAMAAABRKRAABAAAAGRhdGFRKRAABAAAAHApEAAEAAAAuQQQABQAAADqAAAAOAAAAG1hbmlmZXN0IHBhZGRpbmcgaXMgbm90IFBBRE3DiSB6ZXJvIHBhZGRpbmdtYW5pZmVzdCBsZW5ndGggZmllbGQgZXhjZWVkcyB0aGUgcGxhaW50ZXh0bWFuaWZlc3QgcGxhaW50ZXh0IHNob3J0ZXIgdGhhbiBpdHMgbGVuZ3RoIGZpZWxkbWFuaWZlc3QgaXMgbm90IHZhbGlkIEpTT04gb2YgdGhlIGRvY3VtZW50ZWQgc2hhcGVwbGFjZWhvbGRlciBsYXJnZXIgdGhhbiA0IEtpQnZhcmlhbnQgd2lkdGhzIG11c3QgYmUgbm9uLXplcm8gYW5kIHN0cmljdGx5IGluY3JlYXNpbmdtb3JlIHRoYW4gMTYgdmFyaWFudHMgaW4gb25lIGVudHJ5d2lkdGggYW5kIGhlaWdodCBtdXN0IGJvdGggYmUgcHJlc2VudCBhbmQgbm9uLXplcm8sIG9yIGJvdGggYWJzZW50ZW50cmllcyBhcmUgbm90IHNvcnRlZCBieSBuYW1lIG9yIGEgbmFtZSByZXBlYXRzZW50cnkgbmFtZSBtdXN0IGJlIGEgcmVsYXRpdmUgcGF0aCB3aXRob3V0ICcuJywgJy4uJywgZW1wdHkgc2VnbWVudHMsIGJhY2tzbGFzaGVzIG9yIGNvbnRyb2wgY2hhcmFjdGVyc2VudHJ5IG5hbWUgaXMgZW1wdHkgb3IgbG9uZ2VyIHRoYW4gMTAyNCBieXRlc21vcmUgdGhhbiAxMDAwMDAgZW50cmllc21hbmlmZXN0IHZlcnNpb24gaXMgbm90IDEuLi5idW5kbGUga2V5YSBzZXF1ZW5jZXN0cnVjdCBFbnRyeXN0cnVjdCBFbnRyeSB3aXRoIDYgZWxlbWVudHMcLBAAHAAAAAAAAAAIAAAABAAAAHYAAABzdHJ1Y3QgVmFyaWFudHN0cnVjdCBWYXJpYW50IHdpdGggMyBlbGVtZW50c14sEAAeAAAAc3RydWN0IE1hbmlmZXN0c3RydWN0IE1hbmlmZXN0IHdpdGggMiBlbGVtZW50cwAAkywQAB8AAABzdHJ1Y3QgT2JqZWN0UmVmc3RydWN0IE9iamVjdFJlZiB3aXRoIDMgZWxlbWVudHPMLBAAIAAAAHN0cnVjdCBQbGFjZWhvbGRlcnN0cnVjdCBQbGFjZWhvbGRlciB3aXRoIDIgZWxlbWVudHMGLRAAIgAAAKUFEABQAAAAZgAAACIAAAClBRAAUAAAAGYAAAAJAAAApQUQAFAAAABWAAAAEgAAAKUFEABQAAAAVgAAAEIAAAD//////////3AtEABBiNvAAAsVdwAAAAwAAAAEAAAAeAAAAHkAAABQAEGo28AAC8oEAQAAAFEAAABhIERpc3BsYXkgaW1wbGVtZW50YXRpb24gcmV0dXJuZWQgYW4gZXJyb3IgdW5leHBlY3RlZGx5AGsHEABLAAAAZAsAAA4AAABkZXN0IGlzIG91dCBvZiBib3VuZHNtaWQgPiBsZW4AAHgEEABAAAAAwgAAACAAAAB4BBAAQAAAAMIAAAAqAAAAeAQQAEAAAADCAAAAFQAAAHgEEABAAAAA2gAAACcAAAB4BBAAQAAAANoAAAAqAAAAeAQQAEAAAADaAAAANAAAAHgEEABAAAAA2gAAADcAAAB4BBAAQAAAANoAAAAcAAAAZGVjcnlwdGlvbiBmYWlsZWQ6IHdyb25nIGtleSwgb3IgdGhlIGRhdGEgd2FzIG1vZGlmaWVkLCBzd2FwcGVkIG9yIHRydW5jYXRlZG5vdCBhIHBhbmVsY3J5cHQgYnVuZGxlIChiYWQgbWFnaWMgYnl0ZXMpbm8ga2V5IHNsb3QgaW4gdGhpcyBidW5kbGUgY2FuIGJlIG9wZW5lZCB3aXRoIHRoZSBnaXZlbiBrZXlzdGhlIHN5c3RlbSByYW5kb20gbnVtYmVyIGdlbmVyYXRvciBmYWlsZWQAAB8HEABLAAAAgAAAAA4AAAAfBxAASwAAAIAAAAAUAAAAHwcQAEsAAACDAAAAFwAAAG9iamVjdCBpZCBpcyBub3QgMzIgbG93ZXItY2FzZSBoZXggZGlnaXRzb2JqZWN0IGlkIGlzIG5vdCBoZXhTdHJlYW1DaXBoZXJFcnJvcgBB/N/AAAuxAQEAAAB6AAAAbnVtYmVyIG9mIHJlbWFpbmluZyBibG9ja3MgaW5zdWZmaWNpZW50AB8HEABLAAAAkgAAAA4AAAAAAAAAZ+YJaoWuZ7ty8248OvVPpX9SDlGMaAWbq9mDHxnN4FsIybzzZ+YJajunyoSFrme7K/iU/nLzbjzxNh1fOvVPpdGC5q1/Ug5RH2w+K4xoBZtrvUH7q9mDH3khfhMZzeBbAAAAAAAAAAABAAAAewBBuOHAAAsFAQAAAHsAQcjhwAALBQEAAAB8AEHY4cAACwUBAAAAfQBB6OHAAAsFAQAAAH4AQfjhwAALBQEAAAB/AEGI4sAACwUBAAAAgABBmOLAAAvaAQEAAACBAAAAdTMydTY0ZXhwbGljaXQgcGFuaWMRChAASAAAACQJAAASAAAAb25lIG9mICwgYnl0ZSBhcnJheU9wdGlvbiB2YWx1ZW5ld3R5cGUgc3RydWN0c2VxdWVuY2VtYXBlbnVtdW5pdCB2YXJpYW50bmV3dHlwZSB2YXJpYW50dHVwbGUgdmFyaWFudHN0cnVjdCB2YXJpYW50YSBib3Jyb3dlZCBzdHJpbmdhIHN0cmluZ3V1dXV1dXV1YnRudWZydXV1dXV1dXV1dXV1dXV1dXV1AAAiAEGr5MAACwFcAEHP5cAAC9MnMDEyMzQ1Njc4OWFiY2RlZmFzc2VydGlvbiBmYWlsZWQ6IHNlbGYuaXNfY2hhcl9ib3VuZGFyeShuZXdfbGVuKQAAAAAAAADwPwAAAAAAACRAAAAAAAAAWUAAAAAAAECPQAAAAAAAiMNAAAAAAABq+EAAAAAAgIQuQQAAAADQEmNBAAAAAITXl0EAAAAAZc3NQQAAACBfoAJCAAAA6HZIN0IAAACilBptQgAAQOWcMKJCAACQHsS81kIAADQm9WsMQwCA4Dd5w0FDAKDYhVc0dkMAyE5nbcGrQwA9kWDkWOFDQIy1eB2vFURQ7+LW5BpLRJLVTQbP8IBE9krhxwIttUS0ndl5Q3jqRJECKCwqiyBFNQMyt/StVEUChP7kcdmJRYESHy/nJ8BFIdfm+uAx9EXqjKA5WT4pRiSwCIjvjV9GF24FtbW4k0acyUYi46bIRgN82Oqb0P5Ggk3HcmFCM0fjIHnP+RJoRxtpV0O4F55HsaEWKtPO0kcdSpz0h4IHSKVcw/EpYz1I5xkaN/pdckhhoODEePWmSHnIGPbWstxITH3PWcbvEUmeXEPwt2tGScYzVOylBnxJXKC0syeEsUlzyKGgMeXlSY86ygh+XhtKmmR+xQ4bUUrA/d120mGFSjB9lRRHurpKPm7dbGy08ErOyRSIh+EkS0H8GWrpGVpLqT1Q4jFQkEsTTeRaPmTES1dgnfFNfflLbbgEbqHcL0xE88Lk5OljTBWw8x1e5JhMG5xwpXUdz0yRYWaHaXIDTfX5P+kDTzhNcviP48Ribk1H+zkOu/2iTRl6yNEpvddNn5g6RnSsDU5kn+SryItCTj3H3da6LndODDmVjGn6rE6nQ933gRziTpGU1HWioxZPtblJE4tMTE8RFA7s1q+BTxaZEafMG7ZPW//V0L+i60+Zv4Xit0UhUH8vJ9sll1VQX/vwUe/8ilAbnTaTFd7AUGJEBPiaFfVQe1UFtgFbKlFtVcMR4XhgUcgqNFYZl5RRejXBq9+8yVFswVjLCxYAUsfxLr6OGzRSOa66bXIiaVLHWSkJD2ufUh3YuWXpotNSJE4ov6OLCFOtYfKujK4+Uwx9V+0XLXNTT1yt6F34p1Njs9hidfbdUx5wx10JuhJUJUw5tYtoR1Qun4eirkJ9VH3DlCWtSbJUXPT5bhjc5lRzcbiKHpMcVehGsxbz21FVohhg3O9ShlXKHnjTq+e7VT8TK2TLcPFVDtg1Pf7MJVYSToPMPUBbVssQ0p8mCJFW/pTGRzBKxVY9OrhZvJz6VmYkE7j1oTBXgO0XJnPKZFfg6J3vD/2ZV4yxwvUpPtBX710zc7RNBFhrNQCQIWE5WMVCAPRpuW9YuymAOOLTo1gqNKDG2sjYWDVBSHgR+w5ZwSgt6+pcQ1nxcvilJTR4Wa2Pdg8vQa5ZzBmqab3o4lk/oBTE7KIXWk/IGfWni01aMh0w+Uh3glp+JHw3GxW3Wp4tWwVi2uxagvxYQ30IIlujOy+UnIpWW4wKO7lDLYxbl+bEU0qcwVs9ILboXAP2W02o4yI0hCtcMEnOlaAyYVx820G7SH+VXFtSEuoa38pceXNL0nDLAF1XUN4GTf40XW3klUjgPWpdxK5dLaxmoF11GrU4V4DUXRJh4gZtoAleq3xNJEQEQF7W22AtVQV0XswSuXiqBqlef1fnFlVI316vllAuNY0TX1u85HmCcEhfcutdGKOMfl8nszrv5RezX/FfCWvf3edf7bfLRVfVHWD0Up+LVqVSYLEnhy6sTodgnfEoOlcivWACl1mEdjXyYMP8byXUwiZh9PvLLolzXGF4fT+9NciRYdZcjyxDOsZhDDSz99PI+2GHANB6hF0xYqkAhJnltGVi1ADl/x4im2KEIO9fU/XQYqXo6jeoMgVjz6LlRVJ/OmPBha9rk49wYzJnm0Z4s6Rj/kBCWFbg2WOfaCn3NSwQZMbC83RDN0RkeLMwUhRFeWRW4LxmWZavZDYMNuD3veNkQ49D2HWtGGUUc1RO09hOZezH9BCER4Nl6PkxFWUZuGVheH5avh/uZT0Lj/jW0yJmDM6ytsyIV2aPgV/k/2qNZvmwu+7fYsJmOJ1q6pf79maGRAXlfbosZ9RKI6+O9GFniR3sWrJxlmfrJKfxHg7MZxN3CFfTiAFo15TKLAjrNWgNOv03ymVraEhE/mKeH6FoWtW9+4Vn1WixSq16Z8EKaa9OrKzguEBpWmLX1xjndGnxOs0N3yCqadZEoGiLVOBpDFbIQq5pFGqPa3rTGYRJanMGWUgg5X9qCKQ3LTTvs2oKjYU4AevoakzwpobBJR9rMFYo9Jh3U2u7azIxf1WIa6oGf/3ear5rKmRvXssC82s1PQs2fsMnbIIMjsNdtF1s0cc4mrqQkmzG+cZA6TTHbDe4+JAjAv1sI3ObOlYhMm3rT0LJq6lmbebjkrsWVJxtcM47NY600W0MworCsSEGbo9yLTMeqjtumWf831JKcW5/gfuX55ylbt9h+n0hBNtuLH287pTiEG92nGsqOhtFb5SDBrUIYnpvPRIkcUV9sG/MFm3Nlpzkb39cyIC8wxlwzzl90FUaUHBDiJxE6yCEcFSqwxUmKblw6ZQ0m29z73AR3QDBJagjcVYUQTEvklhxa1mR/bq2jnHj13reNDLDcdyNGRbC/vdxU/Gfm3L+LXLU9kOhB79icon0lInJbpdyqzH663tKzXILX3xzjU4Cc812W9Aw4jZzgVRyBL2abHPQdMcituChcwRSeavjWNZzhqZXlhzvC3QUyPbdcXVBdBh6dFXO0nV0npjR6oFHq3Rj/8IysQzhdDy/c3/dTxV1C69Q39SjSnVnbZILZaaAdcAId07+z7R18coU4v0D6nXW/kytfkIgdow+oFgeU1R2L07I7uVniXa7YXpq38G/dhV9jKIr2fN2Wpwvi3bPKHdwg/stVANfdyYyvZwUYpN3sH7sw5k6yHdcnuc0QEn+d/nCECHI7TJ4uPNUKTqpZ3ilMKqziJOdeGdeSnA1fNJ4AfZczEIbB3mCM3R/E+I8eTGgqC9MDXJ5PciSO5+QpnlNencKxzTceXCsimb8oBF6jFctgDsJRnpvrThgiot7emVsI3w2N7F6f0csGwSF5XpeWfchReYae9uXOjXrz1B70j2JAuYDhXtGjSuD30S6e0w4+7ELa/B7XwZ6ns6FJHz2hxhGQqdZfPpUz2uJCJB8OCrDxqsKxHzH9HO4Vg35fPjxkGasUC99O5cawGuSY30KPSGwBneYfUyMKVzIlM59sPeZOf0cA36cdQCIPOQ3fgOTAKpL3W1+4ltASk+qon7actAc41TXfpCPBOQbKg1/utmCblE6Qn8pkCPK5ch2fzN0rDwfe6x/oMjrhfPM4X9udWxs////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////AAABAAIAAwAEAAUABgAHAAgACQD//////////////////woACwAMAA0ADgAPAP////////////////////////////////////////////////////////////////////8KAAsADAANAA4ADwD///////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////8AABAAIAAwAEAAUABgAHAAgACQAP//////////////////oACwAMAA0ADgAPAA/////////////////////////////////////////////////////////////////////6AAsADAANAA4ADwAP///////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////xcLEABGAAAAzgEAABoAAAAXCxAARgAAANQBAAAfAAAAFwsQAEYAAAAbAgAAEwAAABcLEABGAAAAJAIAAD4AAAAXCxAARgAAACACAAAzAAAAFwsQAEYAAAAqAgAAOgAAABcLEABGAAAAwQEAAEUAAAAgYXQgbGluZSAAAAD2BRAARwAAAPcBAAAhAAAA9gUQAEcAAAD7AQAADAAAACBjb2x1bW4g9gUQAEcAAAACAgAAIQAAAPYFEABHAAAACwIAACoAAAD2BRAARwAAAA8CAAAsAAAA9gUQAEcAAAAUAgAACQAAAHcAAAAMAAAABAAAAIIAAACDAAAAUAAAAIQGEABPAAAAPAYAABQAAACEBhAATwAAADwGAAAhAAAAhAYQAE8AAAAwBgAAFAAAAIQGEABPAAAAMAYAACEAAAAXCxAARgAAAIkCAAAZAAAAmC+KQpFEN3HP+8C1pdu16VvCVjnxEfFZpII/ktVeHKuYqgfYAVuDEr6FMSTDfQxVdF2+cv6x3oCnBtybdPGbwcFpm+SGR77vxp3BD8yhDCRvLOktqoR0StypsFzaiPl2UlE+mG3GMajIJwOwx39Zv/ML4MZHkafVUWPKBmcpKRSFCrcnOCEbLvxtLE0TDThTVHMKZbsKanYuycKBhSxykqHov6JLZhqocItLwqNRbMcZ6JLRJAaZ1oU1DvRwoGoQFsGkGQhsNx5Md0gntbywNLMMHDlKqthOT8qcW/NvLmjugo90b2OleBR4yIQIAseM+v++kOtsUKT3o/m+8nhxxhcFEABGAAAADQAAABoAAAAXBRAARgAAAA0AAAAjAAAAIq4o15gvikLNZe8jkUQ3cS87TezP+8C1vNuJgaXbtek4tUjzW8JWORnQBbbxEfFZm08Zr6SCP5IYgW3a1V4cq0ICA6OYqgfYvm9wRQFbgxKMsuROvoUxJOK0/9XDfQxVb4l78nRdvnKxlhY7/rHegDUSxyWnBtyblCZpz3Txm8HSSvGewWmb5OMlTziGR77vtdWMi8adwQ9lnKx3zKEMJHUCK1lvLOktg+SmbqqEdErU+0G93KmwXLVTEYPaiPl2q99m7lJRPpgQMrQtbcYxqD8h+5jIJwOw5A7vvsd/Wb/Cj6g98wvgxiWnCpNHkafVb4ID4FFjygZwbg4KZykpFPwv0kaFCrcnJskmXDghGy7tKsRa/G0sTd+zlZ0TDThT3mOvi1RzCmWosnc8uwpqduau7UcuycKBOzWCFIUscpJkA/FMoei/ogEwQrxLZhqokZf40HCLS8IwvlQGo1FsxxhS79YZ6JLREKllVSQGmdYqIHFXhTUO9LjRuzJwoGoQyNDSuBbBpBlTq0FRCGw3Hpnrjt9Md0gnqEib4bW8sDRjWsnFswwcOcuKQeNKqthOc+Njd0/KnFujuLLW828uaPyy713ugo90YC8XQ29jpXhyq/ChFHjIhOw5ZBoIAseMKB5jI/r/vpDpvYLe62xQpBV5xrL3o/m+K1Ny4/J4ccacYSbqzj4nygfCwCHHuIbRHuvgzdZ92up40W7uf0999bpvF3KqZ/AGppjIosV9YwquDfm+BJg/ERtHHBM1C3EbhH0EI/V32yiTJMdAe6vKMry+yRUKvp48TA0QnMRnHUO2Qj7LvtTFTCp+ZfycKX9Z7PrWOqtvy18XWEdKjBlEbF4FEABGAAAADgAAABoAAABeBRAARgAAAA4AAAAjAAAAYXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPj0gc2l6ZSArIG1pbl9vdmVyaGVhZAAAXgsQACoAAACxBAAACQAAAGFzc2VydGlvbiBmYWlsZWQ6IHBzaXplIDw9IHNpemUgKyBtYXhfb3ZlcmhlYWQAAF4LEAAqAAAAtwQAAA0AAABudWxsIHBvaW50ZXIgcGFzc2VkIHRvIHJ1c3RUcmllZCB0byBzaHJpbmsgdG8gYSBsYXJnZXIgY2FwYWNpdHkAWgoQAFAAAAAsAwAACQAAAGluZi1pbmZOYU4AQa+NwQAL6gaAAAAAAAAAAKAAAAAAAAAAyAAAAAAAAAD6AAAAAAAAQJwAAAAAAABQwwAAAAAAACT0AAAAAACAlpgAAAAAACC8vgAAAAAAKGvuAAAAAAD5ApUAAAAAQLdDugAAAAAQpdToAAAAACrnhJEAAACA9CDmtQAAAKAxqV/jAAAABL/JG44AAADFLryisQAAQHY6awveAADoiQQjx4oAAGKsxet4rQCAehe3JtfYAJCsbjJ4hocAtFcKPxZoqQCh7czOG8LToIQUQGFRWYTIpRmQuaVvpToPIPQnj8vObxuOKBBUjq/aTeRervDsB0r7n/SYJ0SxnXdB388RzZkH75mFCz/+shWqtNzmpx+GY75aBgulvLSqU2t1egftDwi/LClVZH+2Q9WxF0zIOxr7O+9pwodGuEKn7kBPUV09693kUEYaEroT5GxhYk3zkuqvKLbvJuK7jDZVCveJBIkPYMsF6bi2vSHJwbuH6QBUll+ahHjbj7800L1yBFKY3ieKkpUAmm3BlIIXDzwFt3UAAAAAAABQwwAAAAAAAAAABeNMNhIZN8UAAAAAAAAobNaqgJ3v8CLH9n65t9I6TUJMyHHVbZMTyeo4Hs0ZOrwDHFWrAYAMCcvGLAfTv/WtXKGQCBM3aAPNEIx6w4eo2zYu7wcSwrICz7z0A17kZ/mUx4XXaW74BtFSur4B1zYz4XygHDSoRRDTUaAJEhFI3h4xVniF+qYe1WalPn8idCpVM/HKug8pMteWQK1HeRd8qXQIOMex2ErZvCJ4roFSNxg/Nk4KQBgAAABkAABAACAkAAAAAAAAAAyAE8iCH+BMXg/2MNcbAAAAAAAAAPz/983YAYJu0T/NQAElZNsNDQAAACQEFEA4cVO0HXgRAAAAADAwMDEwMjAzMDQwNTA2MDcwODA5MTAxMTEyMTMxNDE1MTYxNzE4MTkyMDIxMjIyMzI0MjUyNjI3MjgyOTMwMzEzMjMzMzQzNTM2MzczODM5NDA0MTQyNDM0NDQ1NDY0NzQ4NDk1MDUxNTI1MzU0NTU1NjU3NTg1OTYwNjE2MjYzNjQ2NTY2Njc2ODY5NzA3MTcyNzM3NDc1NzY3Nzc4Nzk4MDgxODI4Mzg0ODU4Njg3ODg4OTkwOTE5MjkzOTQ5NTk2OTc5ODk5kAQAAFAAAACEAEGclMEACykCAAAAZQAAAAIAAABmAAAAAgAAAGcAAAACAAAAaAAAAAAAAABpAAAAcgBB0JTBAAsJAgAAAIQAAAAEAJQBD3RhcmdldF9mZWF0dXJlcwgrD211dGFibGUtZ2xvYmFscysTbm9udHJhcHBpbmctZnB0b2ludCsLYnVsay1tZW1vcnkrCHNpZ24tZXh0Kw9yZWZlcmVuY2UtdHlwZXMrCm11bHRpdmFsdWUrD2J1bGstbWVtb3J5LW9wdCsWY2FsbC1pbmRpcmVjdC1vdmVybG9uZw==';
function wasmSource() { return b64decode(WASM_BASE64); }
// panelcrypt loader: the panel flow around the wasm decoder.
//
// This file is not loaded as is. scripts/build-decoder.sh wraps it into
//   dist/panelcrypt.js         an ES module (served at /panelcrypt/decoder/)
//   dist/panelcrypt.inline.js  one expression embedding the decoder, for
//                              `panelcrypt snippet --inline`
// Both define `wasmGlue` (the wasm-bindgen glue: default init, Bundle,
// slot_section, has_webcrypto) and `wasmSource()` (what to instantiate).
//
// Rules for this file: no dollar sign and no double opening square bracket
// anywhere (Grafana substitutes dashboard variables in panel code), no
// import/export, no inline event handler attributes (CSP).

const VERSION = '0.1.0';
const STATE = '__panelcrypt_v1';

function pcState() {
  let s = window[STATE];
  if (!s) {
    s = {
      bundles: new Map(), // bundle URL + endpoint -> Promise<{bundle, url}>
      panels: new WeakMap(), // element -> { key, urls, root }
      live: new Set(), // records of rendered panels, to revoke URLs of removed ones
      blobBlocked: false, // CSP img-src forbids blob:
      violations: [], // recent securitypolicyviolation events
      rotation: null, // { at, promise }
      unlockCount: 0,
    };
    window[STATE] = s;
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        s.violations.push({ directive: e.effectiveDirective || e.violatedDirective, uri: e.blockedURI });
        if (s.violations.length > 50) s.violations.shift();
        if (String(e.effectiveDirective || e.violatedDirective).indexOf('img-src') === 0 && String(e.blockedURI).indexOf('blob') === 0) {
          s.blobBlocked = true;
        }
      },
      true,
    );
  }
  return s;
}

// Optional timing trace for diagnostics and benchmarks: set
// window.__panelcrypt_trace = [] before the panels render.
function mark(label) {
  const t = window.__panelcrypt_trace;
  if (Array.isArray(t)) t.push([label, Math.round(performance.now())]);
}

let wasmPromise = null;

// Fetches, compiles and instantiates the wasm decoder once; a failure is
// not kept, so a later call retries.
function loadWasm() {
  if (!wasmPromise) {
    mark('init');
    wasmPromise = Promise.resolve(wasmSource())
      .then((src) => wasmGlue.default({ module_or_path: src }))
      .then(() => {
        mark('init done');
      })
      .catch((e) => {
        wasmPromise = null;
        throw pcError('decoder_load', String((e && e.message) || e));
      });
  }
  return wasmPromise;
}

// Starts loading the wasm decoder and resolves at once: render() waits for
// the decoder itself, after it has started the bundle's header download,
// so that download overlaps the decoder's compilation. (Panel snippets call
// init() and then render(); a decoder that cannot load shows as the
// decoder_load error in each panel.)
function init() {
  loadWasm().catch(() => {});
  return Promise.resolve(api);
}

// ---------------------------------------------------------------- errors

function pcError(code, detail, extra) {
  const e = new Error(detail || code);
  e.code = code;
  if (extra) Object.assign(e, extra);
  return e;
}

const GRAFANA_ORIGIN = () => window.location.origin;

// The text a person sees for each error code: what happened, and the fix.
function describe(err, settings) {
  const code = (err && err.code) || 'unknown';
  const host = err && err.origin ? err.origin : hostOf(settings && settings.bundle);
  const msgs = {
    not_signed_in: ['Sign in to Grafana to see this image.', 'The key service found no Grafana session for this browser.'],
    forbidden: [
      'You are not allowed to see this image.',
      'Access follows Grafana: the bundle was sealed for users, teams or roles you are not part of. Ask a dashboard admin to add you or to re-seal it for your team.',
    ],
    service_account: ['This image is shown to signed-in people only.', 'Service accounts and API tokens never get image keys.'],
    session_expired: ['Your Grafana session has expired.', 'Reload the page to sign in again.'],
    object_verification: [
      'This image failed verification.',
      'The file on the image host was modified, swapped with another file or truncated, so nothing of it is shown. Upload the bundle again.',
    ],
    header_verification: [
      'This bundle failed verification.',
      'Its header on the image host was modified, or it does not match the key the key service returned. Upload the bundle again.',
    ],
    host_unreachable: [
      'The image host ' + host + ' cannot be reached.',
      'Check the bundle URL and that the host is up and reachable from this browser.',
    ],
    cors_missing: [
      'The image host ' + host + ' does not let Grafana read the bundle (CORS headers missing).',
      'Fix: make the host answer GET requests with Access-Control-Allow-Origin: ' +
        GRAFANA_ORIGIN() +
        ' (or *). On Azure Blob storage add a CORS rule for this origin with method GET; on S3 a bucket CORS configuration; on nginx add_header Access-Control-Allow-Origin.',
    ],
    csp_connect: [
      'Grafana\u2019s Content-Security-Policy blocks connections to ' + host + '.',
      'Fix: add ' + host + ' to connect-src in [security] content_security_policy_template of grafana.ini.',
    ],
    bundle_not_found: ['No bundle at ' + ((err && err.url) || (settings && settings.bundle)) + '.', 'Check the bundle URL in this panel: it must be the folder that holds header.pcb.'],
    object_missing: ['An image file of this bundle is missing on the host.', 'Upload the whole bundle folder again (header.pcb and every file under o/).'],
    host_error: ['The image host answered with an error (' + ((err && err.status) || '?') + ').', 'Check the host and the bundle URL.'],
    not_a_bundle: ['The bundle URL does not point to a panelcrypt bundle.', 'header.pcb there is not a panelcrypt header.'],
    unsupported_version: ['This bundle was made by a newer panelcrypt.', 'Update the panelcrypt key service, which serves the decoder.'],
    malformed: ['The bundle is damaged.', (err && err.message) || ''],
    no_such_image: ['This bundle has no image named ' + JSON.stringify((err && err.image) || '') + '.', (err && err.available) ? 'It has: ' + err.available.join(', ') : ''],
    decoder_load: [
      'The panelcrypt decoder could not be loaded.',
      'It is served by the key service at /panelcrypt/decoder/ on Grafana\u2019s origin: check that the reverse proxy forwards /panelcrypt/ to it. (' + ((err && err.message) || '') + ')',
    ],
    key_service_missing: [
      'No panelcrypt key service answers at ' + ((err && err.url) || '/panelcrypt/api/unlock') + '.',
      'The reverse proxy in front of Grafana must forward /panelcrypt/ to `panelcrypt serve`.',
    ],
    rate_limited: ['Too many image requests right now.', 'Wait a moment and refresh the panel.'],
    identity_unavailable: ['Grafana could not confirm who you are right now.', 'The key service could not reach Grafana; try again shortly.'],
    too_large: ['This bundle header is too large for the key service.', 'Seal it to fewer recipients.'],
    bad_request: ['The key service rejected the request.', (err && err.message) || ''],
    cross_site: ['The key service refused a request from another site.', 'Open the dashboard from Grafana\u2019s own address.'],
    key_service_error: ['The key service failed (' + ((err && err.status) || '?') + ').', (err && err.message) || ''],
    not_an_image: ['The decrypted file is not an image this browser can show.', 'Type: ' + ((err && err.type) || '?')],
    bad_key: ['The key service returned an unusable key.', (err && err.message) || ''],
    browser: ['This browser could not decrypt the image.', (err && err.message) || ''],
    bad_settings: ['This panel is not set up.', (err && err.message) || ''],
  };
  const m = msgs[code] || ['The image could not be shown.', (err && err.message) || String(err)];
  return { code: code, title: m[0], detail: m[1] };
}

function hostOf(url) {
  try {
    return new URL(url, window.location.href).origin;
  } catch (e) {
    return String(url);
  }
}

// ---------------------------------------------------------------- network

function trimSlashes(s) {
  let t = String(s);
  while (t.endsWith('/')) t = t.slice(0, -1);
  return t;
}

function joinUrl(base, path) {
  return trimSlashes(base) + '/' + path;
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

// Why a cross-origin fetch failed with a TypeError: CSP, CORS or the network.
async function classifyFetchFailure(url) {
  const s = pcState();
  const origin = hostOf(url);
  // Violation events are queued as tasks; give them a moment to arrive.
  await sleep(30);
  const hit = s.violations.find(
    (v) => String(v.directive).indexOf('connect-src') === 0 && (v.uri === url || hostOf(v.uri) === origin),
  );
  if (hit) return pcError('csp_connect', 'blocked by connect-src', { origin: origin });
  try {
    // An opaque no-cors request succeeds when the host answers at all.
    await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    return pcError('cors_missing', 'no CORS headers', { origin: origin });
  } catch (e) {
    const again = s.violations.find((v) => String(v.directive).indexOf('connect-src') === 0 && hostOf(v.uri) === origin);
    if (again) return pcError('csp_connect', 'blocked by connect-src', { origin: origin });
    return pcError('host_unreachable', String(e), { origin: origin });
  }
}

async function fetchHostBytes(url, notFoundCode) {
  let resp;
  try {
    resp = await fetch(url, { mode: 'cors', credentials: 'omit' });
  } catch (e) {
    throw await classifyFetchFailure(url);
  }
  if (resp.status === 404 || resp.status === 403) {
    throw pcError(notFoundCode, 'HTTP ' + resp.status, { url: url, status: resp.status });
  }
  if (!resp.ok) throw pcError('host_error', 'HTTP ' + resp.status, { url: url, status: resp.status });
  return new Uint8Array(await resp.arrayBuffer());
}

function grafanaBase() {
  const b = window.grafanaBootData && window.grafanaBootData.settings && window.grafanaBootData.settings.appSubUrl;
  return typeof b === 'string' ? trimSlashes(b) : '';
}

// POST /api/user/auth-tokens/rotate once for all panels of the page.
function rotateSession() {
  const s = pcState();
  const now = Date.now();
  if (!s.rotation || now - s.rotation.at > 30000) {
    const p = fetch(grafanaBase() + '/api/user/auth-tokens/rotate', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    }).then(
      (r) => r.ok,
      () => false,
    );
    s.rotation = { at: now, promise: p };
  }
  return s.rotation.promise;
}

async function unlockOnce(endpoint, slots) {
  const s = pcState();
  s.unlockCount++;
  let resp;
  try {
    resp = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ slots: slots }),
    });
  } catch (e) {
    throw pcError('key_service_missing', String(e), { url: endpoint });
  }
  let body = null;
  try {
    body = await resp.json();
  } catch (e) {
    body = null;
  }
  if (resp.ok && body && typeof body.key === 'string') return body;
  const code = body && typeof body.error === 'string' ? body.error : null;
  if (!code) {
    if (resp.status === 404 || resp.status === 405 || resp.status === 502 || resp.status === 504) {
      throw pcError('key_service_missing', 'HTTP ' + resp.status, { url: endpoint, status: resp.status });
    }
    throw pcError('key_service_error', 'HTTP ' + resp.status, { status: resp.status });
  }
  throw pcError(code, (body && body.message) || code, { status: resp.status });
}

async function unlock(endpoint, slots) {
  try {
    return await unlockOnce(endpoint, slots);
  } catch (e) {
    if (e.code !== 'session_rotate') throw e;
    await rotateSession();
    try {
      return await unlockOnce(endpoint, slots);
    } catch (e2) {
      if (e2.code === 'session_rotate') throw pcError('session_expired', e2.message);
      throw e2;
    }
  }
}

function b64decode(s) {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// One header fetch and one key request per bundle per page, shared by
// every panel. A failure is not cached, so a later render retries.
function openBundle(bundleUrl, endpoint) {
  const s = pcState();
  const cacheKey = bundleUrl + '\n' + endpoint;
  let p = s.bundles.get(cacheKey);
  if (!p) {
    p = (async () => {
      mark('header');
      // The header download overlaps the decoder's compilation.
      const headerP = fetchHostBytes(joinUrl(bundleUrl, 'header.pcb'), 'bundle_not_found');
      headerP.catch(() => {});
      await loadWasm();
      const header = await headerP;
      const info = JSON.parse(wasmGlue.slot_section(header));
      mark('unlock');
      const resp = await unlock(endpoint, info.slots);
      mark('unlocked');
      let key;
      try {
        key = b64decode(resp.key);
      } catch (e) {
        throw pcError('bad_key', 'the key is not base64');
      }
      try {
        return wasmGlue.Bundle.open(header, key, resp.bundle_id || info.bundle_id);
      } finally {
        key.fill(0);
      }
    })();
    s.bundles.set(cacheKey, p);
    p.catch(() => {
      if (s.bundles.get(cacheKey) === p) s.bundles.delete(cacheKey);
    });
  }
  return p;
}

// ---------------------------------------------------------------- DOM

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

function showError(box, err, settings) {
  const d = describe(err, settings);
  box.textContent = '';
  const m = el('div', 'panelcrypt-error');
  m.setAttribute('data-panelcrypt-error', d.code);
  m.setAttribute('role', 'alert');
  const st = m.style;
  st.padding = '8px 10px';
  st.border = '1px solid rgba(224, 47, 68, 0.6)';
  st.borderRadius = '4px';
  st.background = 'rgba(224, 47, 68, 0.08)';
  st.font = '13px/1.4 sans-serif';
  st.boxSizing = 'border-box';
  st.width = '100%';
  const t = el('div', 'panelcrypt-error-title', '\u26a0 ' + d.title);
  t.style.fontWeight = '600';
  m.appendChild(t);
  if (d.detail) m.appendChild(el('div', 'panelcrypt-error-detail', d.detail));
  box.appendChild(m);
  box.setAttribute('data-panelcrypt-state', 'error');
}

function revokeRecord(rec) {
  for (const u of rec.urls) {
    try {
      URL.revokeObjectURL(u);
    } catch (e) {
      /* ignore */
    }
  }
  rec.urls = [];
}

// Revoke the object URLs of panels whose DOM is gone (a Text panel
// re-inserts its content; a dashboard switch removes panels).
function sweep() {
  const s = pcState();
  for (const rec of s.live) {
    if (!rec.root.isConnected) {
      revokeRecord(rec);
      s.live.delete(rec);
    }
  }
}

function blobToDataUrl(blob) {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result);
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}

function loadImg(img, src) {
  return new Promise((resolve) => {
    const done = (ok) => {
      img.removeEventListener('load', onLoad);
      img.removeEventListener('error', onError);
      resolve(ok);
    };
    const onLoad = () => done(true);
    const onError = () => done(false);
    img.addEventListener('load', onLoad);
    img.addEventListener('error', onError);
    img.src = src;
  });
}

async function showBlob(img, blob, rec) {
  const s = pcState();
  if (!s.blobBlocked && typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(blob);
    rec.urls.push(url);
    if (await loadImg(img, url)) {
      img.setAttribute('data-panelcrypt-src', 'blob');
      return;
    }
    URL.revokeObjectURL(url);
    rec.urls = rec.urls.filter((u) => u !== url);
    // A CSP that forbids blob: images fails the load; remember it so the
    // other images go straight to data: URLs.
    await sleep(0);
    if (s.violations.some((v) => String(v.directive).indexOf('img-src') === 0 && String(v.uri).indexOf('blob') === 0)) {
      s.blobBlocked = true;
    }
  }
  const data = await blobToDataUrl(blob);
  if (await loadImg(img, data)) {
    img.setAttribute('data-panelcrypt-src', 'data');
    return;
  }
  throw pcError('not_an_image', 'the browser cannot decode it', { type: blob.type });
}

function displayWidth(box) {
  const w = box.getBoundingClientRect().width || box.clientWidth || 0;
  return w > 0 ? w : 800;
}

// ------------------------------------------------------- reload prefetch
//
// The objects of a bundle are named in its encrypted manifest, so normally
// no object can be requested before the key has arrived. On a reload the
// loader remembers, per tab (sessionStorage), which object id each image
// chose last time (keyed by bundle URL, image name and target width), and
// starts downloading that object at once, in parallel with the header and
// the key request. The bytes are used only if the manifest then selects the
// same object id; they are decrypted and verified like any other download
// (a stale or forged hint costs one wasted download, nothing else). Only
// object ids are stored, which are public names on the image host; never
// keys, manifests or plaintext.

const HINT_PREFIX = 'panelcrypt.v1.object\n';

function hintKey(bundleUrl, name, target) {
  return HINT_PREFIX + bundleUrl + '\n' + name + '\n' + target;
}

function readHint(k) {
  try {
    const v = window.sessionStorage.getItem(k);
    return v && v.length === 32 && !/[^0-9a-f]/.test(v) ? v : null;
  } catch (e) {
    return null; // storage disabled (sandboxed frame, privacy settings)
  }
}

function writeHint(k, id) {
  try {
    if (window.sessionStorage.getItem(k) !== id) window.sessionStorage.setItem(k, id);
  } catch (e) {
    /* storage disabled or full: no prefetch next time */
  }
}

// Starts (or joins) the download of a hinted object; one per bundle and
// object id per page, shared by the panels that hinted it. Returns a
// handle whose take(id) gives the download only for that very id.
function prefetchObject(bundleUrl, id) {
  const s = pcState();
  if (!s.prefetch) s.prefetch = new Map();
  const k = bundleUrl + '\n' + id;
  let e = s.prefetch.get(k);
  if (!e) {
    mark('prefetch ' + id);
    const p = fetchHostBytes(joinUrl(bundleUrl, 'o/' + id), 'object_missing');
    p.catch(() => {});
    e = { p: p, refs: 0 };
    s.prefetch.set(k, e);
  }
  e.refs++;
  let open = true;
  return {
    id: id,
    // The download if `want` is the hinted id, else null; either way this
    // panel's interest ends (the bytes are dropped when nobody needs them).
    take(want) {
      if (!open) return null;
      open = false;
      if (--e.refs <= 0 && s.prefetch.get(k) === e) s.prefetch.delete(k);
      return want === id ? e.p : null;
    },
  };
}

async function showImage(bundleP, settings, name, slot, rec, isCurrent, pre) {
  let bundle;
  try {
    bundle = await bundleP;
    if (!isCurrent()) return;
    let info;
    try {
      info = JSON.parse(bundle.entry(name));
    } catch (e) {
      if (e && e.code === 'no_such_image') {
        e.image = name;
        try {
          e.available = bundle.names().slice(0, 20);
        } catch (e2) {
          /* ignore */
        }
      }
      throw e;
    }
    const img = slot.querySelector('img');
    if (info.width && info.height) {
      img.style.aspectRatio = info.width + ' / ' + info.height;
      img.setAttribute('width', String(info.width));
      img.setAttribute('height', String(info.height));
    }
    if (info.placeholder && info.placeholder.data && !img.getAttribute('src')) {
      img.src = 'data:' + info.placeholder.type + ';base64,' + info.placeholder.data;
      img.style.filter = 'blur(8px)';
    }
    img.alt = settings.alt || name;
    const dpr = window.devicePixelRatio || 1;
    const target = Math.ceil(displayWidth(slot) * dpr);
    const choice = JSON.parse(bundle.choose(name, target));
    if (!/^image\//.test(choice.type)) throw pcError('not_an_image', choice.type, { type: choice.type });
    if (pre.key) writeHint(pre.key, choice.id);
    const early = pre.hint ? pre.hint.take(choice.id) : null;
    mark((early ? 'prefetched ' : 'fetch ') + name);
    const url = joinUrl(settings.bundle, 'o/' + choice.id);
    // A prefetch that failed is retried as a normal download, which names
    // the error.
    const ct = await (early ? early.catch(() => fetchHostBytes(url, 'object_missing')) : fetchHostBytes(url, 'object_missing'));
    if (!isCurrent()) return;
    mark('decrypt ' + name);
    const blob = await bundle.decrypt(choice.id, ct);
    if (!isCurrent()) return;
    mark('show ' + name);
    await showBlob(img, blob, rec);
    mark('shown ' + name);
    img.style.filter = '';
    img.setAttribute('data-panelcrypt-variant', String(choice.variant));
    slot.setAttribute('data-panelcrypt-state', 'shown');
  } catch (e) {
    if (!isCurrent()) return;
    showError(slot, e, settings);
  } finally {
    if (pre.hint) pre.hint.take(null);
  }
}

function normalize(settings) {
  const s = Object.assign({}, settings || {});
  if (typeof s.images === 'string') s.images = [s.images];
  if (!Array.isArray(s.images) && typeof s.image === 'string') s.images = [s.image];
  s.images = (s.images || []).filter((x) => typeof x === 'string' && x.length > 0);
  s.endpoint = s.endpoint || '/panelcrypt/api/unlock';
  return s;
}

// Renders the images of `settings` into `target` (an element, or a
// ShadowRoot). Calling it again for the same target with the same settings
// keeps what is shown; with other settings, or after the panel replaced its
// DOM, it renders afresh and revokes the object URLs of the old images.
async function render(target, settings) {
  const s = pcState();
  sweep();
  const cfg = normalize(settings);
  const key = JSON.stringify(cfg);
  const prev = s.panels.get(target);
  if (prev && prev.key === key && prev.root.isConnected && prev.root.parentNode === target) {
    return prev.done;
  }
  if (prev) {
    revokeRecord(prev);
    s.live.delete(prev);
    if (prev.root.parentNode) prev.root.parentNode.removeChild(prev.root);
  }
  const root = el('div', 'panelcrypt-root');
  root.setAttribute('data-panelcrypt-version', VERSION);
  const rs = root.style;
  rs.display = 'flex';
  rs.flexWrap = 'wrap';
  rs.gap = '8px';
  rs.width = '100%';
  rs.boxSizing = 'border-box';
  target.appendChild(root);
  const rec = { key: key, urls: [], root: root, done: null };
  s.panels.set(target, rec);
  s.live.add(rec);
  const isCurrent = () => s.panels.get(target) === rec && root.isConnected;

  if (!cfg.bundle || cfg.images.length === 0) {
    const box = el('div', 'panelcrypt-image');
    root.appendChild(box);
    showError(box, pcError('bad_settings', 'Set the bundle URL and at least one image name.'), cfg);
    rec.done = Promise.resolve();
    return rec.done;
  }

  const slots = cfg.images.map((name) => {
    const slot = el('div', 'panelcrypt-image');
    slot.setAttribute('data-panelcrypt-name', name);
    slot.setAttribute('data-panelcrypt-state', 'loading');
    const ss = slot.style;
    ss.flex = cfg.images.length > 1 ? '1 1 ' + Math.max(120, Math.floor(100 / cfg.images.length)) + 'px' : '1 1 100%';
    ss.minWidth = '0';
    const img = el('img');
    const is = img.style;
    is.display = 'block';
    is.maxWidth = '100%';
    is.width = '100%';
    is.height = 'auto';
    is.background = 'rgba(128, 128, 128, 0.12)';
    is.aspectRatio = '4 / 3';
    img.setAttribute('decoding', 'async');
    slot.appendChild(img);
    root.appendChild(slot);
    return slot;
  });

  const bundleP = openBundle(cfg.bundle, cfg.endpoint);
  // Reload prefetch: the hinted objects, after the header request.
  const dpr = window.devicePixelRatio || 1;
  const pres = slots.map((slot, i) => {
    const k = hintKey(cfg.bundle, cfg.images[i], Math.ceil(displayWidth(slot) * dpr));
    const id = readHint(k);
    return { key: k, hint: id ? prefetchObject(cfg.bundle, id) : null };
  });
  rec.done = Promise.all(slots.map((slot, i) => showImage(bundleP, cfg, cfg.images[i], slot, rec, isCurrent, pres[i]))).then(
    () => undefined,
  );
  return rec.done;
}

// For tests and diagnostics.
function stats() {
  const s = pcState();
  return {
    unlockRequests: s.unlockCount,
    blobBlocked: s.blobBlocked,
    livePanels: s.live.size,
    webcrypto: !!(globalThis.crypto && globalThis.crypto.subtle),
  };
}

const api = { VERSION: VERSION, init: init, render: render, stats: stats, describe: describe };
return api;
})()
